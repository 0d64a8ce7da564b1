#include "figures/tensor_qt.h"

#include <cstring>

#include "render/colormaps.h"

namespace mrcnn::figures {

QImage rgbImage(const torch::Tensor& rgb) {
    auto t = rgb.to(torch::kUInt8).contiguous();
    const int h = static_cast<int>(t.size(0)), w = static_cast<int>(t.size(1));
    QImage img(w, h, QImage::Format_RGB888);
    const uint8_t* src = t.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y)
        std::memcpy(img.scanLine(y), src + size_t(y) * w * 3, size_t(w) * 3);
    return img;
}

QImage maskImage(const torch::Tensor& mask) {
    auto t = mask.ne(0).to(torch::kUInt8).mul(255).contiguous();
    const int h = static_cast<int>(t.size(0)), w = static_cast<int>(t.size(1));
    QImage img(w, h, QImage::Format_Grayscale8);
    const uint8_t* src = t.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y)
        std::memcpy(img.scanLine(y), src + size_t(y) * w, size_t(w));
    return img;
}

QImage planeImage(const torch::Tensor& plane, bool blues) {
    auto t = plane.to(torch::kFloat32).contiguous();
    return render::scalarImage(t.data_ptr<float>(), static_cast<int>(t.size(0)),
                               static_cast<int>(t.size(1)), blues);
}

QRectF boxRect(double y1, double x1, double y2, double x2) {
    return QRectF(QPointF(x1, y1), QPointF(x2, y2));
}

std::vector<QRectF> boxRects(const torch::Tensor& boxes) {
    std::vector<QRectF> out;
    if (!boxes.defined() || boxes.numel() == 0)
        return out;
    auto b = boxes.reshape({-1, 4}).to(torch::kFloat64).contiguous();
    const double* p = b.data_ptr<double>();
    for (int64_t i = 0; i < b.size(0); ++i)
        out.push_back(boxRect(p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]));
    return out;
}

torch::Tensor unmoldedInput(const torch::Tensor& inputImage, const std::array<double, 3>& mean) {
    auto img = inputImage.dim() == 4 ? inputImage[0] : inputImage;
    auto m = torch::tensor({mean[0], mean[1], mean[2]}, torch::kFloat64);
    return (img.to(torch::kFloat64) + m).round().clamp(0, 255).to(torch::kUInt8);
}

std::vector<QRectF> boxRects(const MoldedBoxes& boxes) {
    return boxRects(boxes.tensor());
}

std::vector<QRectF> boxRects(const OriginalBoxes& boxes) {
    return boxRects(boxes.tensor());
}

namespace {
// numpy's names, as log() prints array.dtype
QString numpyDtypeName(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat32:
            return "float32";
        case torch::kFloat64:
            return "float64";
        case torch::kInt32:
            return "int32";
        case torch::kInt64:
            return "int64";
        case torch::kUInt8:
            return "uint8";
        case torch::kInt8:
            return "int8";
        case torch::kBool:
            return "bool";
        default:
            return QString::fromStdString(std::string(c10::toString(type)));
    }
}
}  // namespace

QString logLine(const QString& name, const torch::Tensor& t) {
    QString shape = "(";
    for (int64_t i = 0; i < t.dim(); ++i) {
        shape += QString::number(t.size(i));
        if (t.dim() == 1 || i + 1 < t.dim())
            shape += ",";
        if (i + 1 < t.dim())
            shape += " ";
    }
    shape += ")";
    QString line =
        name.leftJustified(25) + QStringLiteral("shape: ") + shape.leftJustified(20) + "  ";
    if (t.numel() > 0) {
        auto d = t.to(torch::kFloat64);
        line += QString::asprintf("min: %10.5f  max: %10.5f", d.min().item<double>(),
                                  d.max().item<double>());
    } else {
        line += QString("min: %1  max: %2").arg("", 10).arg("", 10);
    }
    line += "  " + numpyDtypeName(t.scalar_type());
    return line;
}

}  // namespace mrcnn::figures
