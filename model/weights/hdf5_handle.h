#pragma once
// Internal helpers for the HDF5 C API: an owning handle that closes itself, silencing of
// HDF5's own error printing, and the text of the library's error stack for our messages.

#include <hdf5.h>

#include <string>
#include <utility>

namespace mrcnn::h5 {

// Owns one hid_t and closes it with the matching H5*close function.
class Handle {
public:
    using Closer = herr_t (*)(hid_t);
    Handle() = default;
    Handle(hid_t id, Closer closer) : m_id(id), m_closer(closer) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept
        : m_id(std::exchange(other.m_id, H5I_INVALID_HID)), m_closer(other.m_closer) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, H5I_INVALID_HID);
            m_closer = other.m_closer;
        }
        return *this;
    }
    ~Handle() { reset(); }

    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }
    void reset() {
        if (m_id >= 0 && m_closer)
            m_closer(m_id);
        m_id = H5I_INVALID_HID;
    }

private:
    hid_t m_id = H5I_INVALID_HID;
    Closer m_closer = nullptr;
};

inline Handle file(hid_t id) {
    return {id, H5Fclose};
}
inline Handle group(hid_t id) {
    return {id, H5Gclose};
}
inline Handle dataset(hid_t id) {
    return {id, H5Dclose};
}
inline Handle attribute(hid_t id) {
    return {id, H5Aclose};
}
inline Handle dataspace(hid_t id) {
    return {id, H5Sclose};
}
inline Handle datatype(hid_t id) {
    return {id, H5Tclose};
}
inline Handle plist(hid_t id) {
    return {id, H5Pclose};
}

// Turns off HDF5's printing of its error stack for the lifetime of the object (the core never
// prints); the previous handler comes back afterwards.
class ErrorSilencer {
public:
    ErrorSilencer() {
        H5Eget_auto2(H5E_DEFAULT, &m_func, &m_data);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    ErrorSilencer(const ErrorSilencer&) = delete;
    ErrorSilencer& operator=(const ErrorSilencer&) = delete;
    ~ErrorSilencer() { H5Eset_auto2(H5E_DEFAULT, m_func, m_data); }

private:
    H5E_auto2_t m_func = nullptr;
    void* m_data = nullptr;
};

// The innermost messages of the current HDF5 error stack, "" when it is empty.
std::string lastErrorText();

}  // namespace mrcnn::h5
