#include "data/dataset.h"

#include <set>

#include "data/image_file.h"

namespace mrcnn {

Dataset::Dataset() {
    m_classes.push_back({"", 0, "BG"});
}

void Dataset::addClass(const std::string& source, int64_t classId, const std::string& name) {
    if (source.find('.') != std::string::npos)
        throw DatasetError("", "class " + name, "source name '" + source + "' contains a dot");
    for (const auto& c : m_classes)
        if (c.source == source && c.id == classId)
            return;
    m_classes.push_back({source, classId, name});
    m_prepared = false;
}

int64_t Dataset::addImage(ImageInfo info) {
    m_images.push_back(std::move(info));
    m_prepared = false;
    return static_cast<int64_t>(m_images.size()) - 1;
}

void Dataset::prepare() {
    m_classNames.clear();
    m_classMap.clear();
    m_imageMap.clear();
    for (size_t i = 0; i < m_classes.size(); ++i) {
        const auto& c = m_classes[i];
        // The original keeps only the text before the first comma ("person, human" → "person").
        m_classNames.push_back(c.name.substr(0, c.name.find(',')));
        m_classMap[c.source + "." + std::to_string(c.id)] = static_cast<int64_t>(i);
    }
    for (size_t i = 0; i < m_images.size(); ++i)
        m_imageMap[m_images[i].source + "." + m_images[i].sourceId] = static_cast<int64_t>(i);
    m_prepared = true;
}

void Dataset::renameClasses(const std::vector<std::string>& names) {
    if (names.size() != m_classes.size())
        throw DatasetError("", "",
                           "expected " + std::to_string(m_classes.size()) +
                               " class names (BG first), got " + std::to_string(names.size()));
    for (size_t i = 0; i < names.size(); ++i)
        m_classes[i].name = names[i];
    if (m_prepared)
        m_classNames = names;
}

std::string Dataset::imageReference(int64_t imageId) const {
    checkImageId(imageId);
    return "";
}

torch::Tensor Dataset::loadImage(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    return readImageRgb(info.path, "image " + info.sourceId);
}

InstanceMasks Dataset::loadMask(int64_t imageId) const {
    checkImageId(imageId);
    return {torch::zeros({0, 0, 0}, torch::kBool), torch::zeros({0}, torch::kInt32)};
}

std::vector<int64_t> Dataset::classIds() const {
    std::vector<int64_t> ids(m_classes.size());
    for (size_t i = 0; i < ids.size(); ++i)
        ids[i] = static_cast<int64_t>(i);
    return ids;
}

std::vector<int64_t> Dataset::imageIds() const {
    std::vector<int64_t> ids(m_images.size());
    for (size_t i = 0; i < ids.size(); ++i)
        ids[i] = static_cast<int64_t>(i);
    return ids;
}

const ImageInfo& Dataset::imageInfo(int64_t imageId) const {
    checkImageId(imageId);
    return m_images[static_cast<size_t>(imageId)];
}

std::vector<std::string> Dataset::sources() const {
    std::set<std::string> s;
    for (const auto& c : m_classes)
        s.insert(c.source);
    return {s.begin(), s.end()};
}

std::vector<int64_t> Dataset::sourceClassIds(const std::string& source) const {
    std::vector<int64_t> ids{0};
    for (size_t i = 1; i < m_classes.size(); ++i)
        if (m_classes[i].source == source)
            ids.push_back(static_cast<int64_t>(i));
    return ids;
}

int64_t Dataset::mapSourceClassId(const std::string& sourceClassKey) const {
    if (!m_prepared)
        throw DatasetError("", sourceClassKey, "dataset not prepared");
    auto it = m_classMap.find(sourceClassKey);
    if (it == m_classMap.end())
        throw DatasetError("", sourceClassKey, "unknown source class");
    return it->second;
}

int64_t Dataset::sourceClassId(int64_t classId, const std::string& source) const {
    if (classId < 0 || classId >= numClasses())
        throw DatasetError("", "class " + std::to_string(classId), "class id out of range");
    const auto& c = m_classes[static_cast<size_t>(classId)];
    if (c.source != source)
        throw DatasetError("", "class " + std::to_string(classId),
                           "belongs to source '" + c.source + "', not '" + source + "'");
    return c.id;
}

int64_t Dataset::imageFromSource(const std::string& sourceImageKey) const {
    if (!m_prepared)
        throw DatasetError("", sourceImageKey, "dataset not prepared");
    auto it = m_imageMap.find(sourceImageKey);
    if (it == m_imageMap.end())
        throw DatasetError("", sourceImageKey, "unknown source image");
    return it->second;
}

void Dataset::checkImageId(int64_t imageId) const {
    if (imageId < 0 || imageId >= numImages())
        throw DatasetError(
            "", "image " + std::to_string(imageId),
            "image id out of range (dataset has " + std::to_string(numImages()) + " images)");
}

torch::Tensor stackMasks(const std::vector<std::vector<uint8_t>>& planes, int64_t height,
                         int64_t width) {
    const auto n = static_cast<int64_t>(planes.size());
    auto out = torch::empty({n, height, width}, torch::kUInt8);
    auto* dst = out.data_ptr<uint8_t>();
    for (int64_t i = 0; i < n; ++i) {
        const auto& p = planes[static_cast<size_t>(i)];
        if (static_cast<int64_t>(p.size()) != height * width)
            throw DatasetError("", "mask " + std::to_string(i), "mask plane has the wrong size");
        std::memcpy(dst + i * height * width, p.data(), p.size());
    }
    return out.permute({1, 2, 0}).ne(0).contiguous();
}

torch::Tensor makeClassIds(const std::vector<int32_t>& ids) {
    auto t = torch::empty({static_cast<int64_t>(ids.size())}, torch::kInt32);
    if (!ids.empty())
        std::memcpy(t.data_ptr<int32_t>(), ids.data(), ids.size() * sizeof(int32_t));
    return t;
}

}  // namespace mrcnn
