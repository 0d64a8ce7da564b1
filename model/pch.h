#pragma once
// Precompiled header for the model core and everything that reuses it: the LibTorch includes
// dominate compile time.
#include <torch/torch.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
