#pragma once
// Batch commands (a folder in `detect`, `eval` over a dataset) read the next image on a second
// thread while the model runs on the current one, so images per second approach 1 / (model
// time) instead of 1 / (read + model time). Items are handed over in order; a failed read is
// handed over as its error, never thrown, so the caller can skip it and go on.

#include <cstdint>
#include <exception>
#include <future>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace mrcnn {

template <typename T>
struct Prefetched {
    int64_t index = 0;
    std::optional<T> value;  // nullopt when the read failed
    std::string error;       // why, when it failed
};

// Calls use(Prefetched<T>) for each index in order, with load(index) of the next index running
// meanwhile; a `use` that returns bool stops the loop by returning false (a cancel). `load`
// runs on another thread: it must only read shared state.
template <typename T, typename Load, typename Use>
void forEachPrefetched(const std::vector<int64_t>& indices, Load&& load, Use&& use) {
    auto fetch = [&load](int64_t index) {
        return std::async(std::launch::async, [&load, index] {
            Prefetched<T> item;
            item.index = index;
            try {
                item.value = load(index);
            } catch (const std::exception& e) {
                item.error = e.what();
            }
            return item;
        });
    };
    if (indices.empty())
        return;
    std::future<Prefetched<T>> pending = fetch(indices.front());
    for (size_t k = 0; k < indices.size(); ++k) {
        Prefetched<T> current = pending.get();
        if (k + 1 < indices.size())
            pending = fetch(indices[k + 1]);
        if constexpr (std::is_same_v<decltype(use(std::move(current))), bool>) {
            if (!use(std::move(current)))
                return;  // the pending read finishes in the future's destructor
        } else {
            use(std::move(current));
        }
    }
}

}  // namespace mrcnn
