#include "data/wkt.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace mrcnn {
namespace {

class WktParser {
public:
    explicit WktParser(const std::string& text) : m_text(text) {}

    std::vector<std::vector<Ring>> parse() {
        std::string kind = word();
        std::vector<std::vector<Ring>> polygons;
        if (kind == "POLYGON") {
            if (!emptyKeyword())
                polygons.push_back(polygon());
        } else if (kind == "MULTIPOLYGON") {
            if (!emptyKeyword()) {
                expect('(');
                do {
                    polygons.push_back(polygon());
                } while (accept(','));
                expect(')');
            }
        } else {
            fail("expected POLYGON or MULTIPOLYGON, found '" + kind + "'");
        }
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected text after the geometry");
        return polygons;
    }

private:
    std::vector<Ring> polygon() {
        std::vector<Ring> rings;
        expect('(');
        do {
            rings.push_back(ring());
        } while (accept(','));
        expect(')');
        return rings;
    }

    Ring ring() {
        Ring r;
        expect('(');
        do {
            r.xs.push_back(number());
            r.ys.push_back(number());
        } while (accept(','));
        expect(')');
        if (r.xs.size() < 3)
            fail("a ring needs at least 3 points");
        return r;
    }

    double number() {
        skipSpace();
        const char* begin = m_text.c_str() + m_pos;
        char* end = nullptr;
        double v = std::strtod(begin, &end);
        if (end == begin)
            fail("expected a number");
        if (!std::isfinite(v))
            fail("coordinate is not finite");
        m_pos += static_cast<size_t>(end - begin);
        return v;
    }

    std::string word() {
        skipSpace();
        std::string w;
        while (m_pos < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_pos])))
            w += static_cast<char>(std::toupper(static_cast<unsigned char>(m_text[m_pos++])));
        return w;
    }

    bool emptyKeyword() {
        size_t save = m_pos;
        if (word() == "EMPTY")
            return true;
        m_pos = save;
        return false;
    }

    void skipSpace() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    bool accept(char c) {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!accept(c))
            fail(std::string("expected '") + c + "'");
    }

    [[noreturn]] void fail(const std::string& why) const {
        throw WktError("WKT character " + std::to_string(m_pos + 1) + ": " + why);
    }

    const std::string& m_text;
    size_t m_pos = 0;
};

}  // namespace

std::vector<std::vector<Ring>> parseWktPolygons(const std::string& wkt) {
    return WktParser(wkt).parse();
}

}  // namespace mrcnn
