#include "figures/weight_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace mrcnn::figures {

namespace {
// Plural strings: lupdate finds them through the QT_TRANSLATE_N_NOOP marks at the calls.
QString pluralText(const char* text, int n) {
    return QCoreApplication::translate("WeightText", text, nullptr, n);
}
}  // namespace

QString groupedNumber(int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString shapeText(const std::vector<int64_t>& shape) {
    QStringList dims;
    for (int64_t d : shape)
        dims << QString::number(d);
    return "(" + dims.join(", ") + (shape.size() == 1 ? ",)" : ")");
}

QString statText(double value) {
    if (std::isnan(value))
        return QStringLiteral("nan");
    return QString::number(value, 'g', 4);
}

QString changeText(double change) {
    if (std::isnan(change))
        return QStringLiteral("nan");
    if (std::isinf(change))
        return QStringLiteral("inf");
    if (change == 0)
        return QStringLiteral("0");
    return QString::number(change, 'e', 3);
}

QString alertText(const std::string& alert) {
    if (alert == "dead")
        return QCoreApplication::translate("WeightText", "dead");
    if (alert == "exploding")
        return QCoreApplication::translate("WeightText", "exploding");
    if (alert == "nan")
        return QCoreApplication::translate("WeightText", "NaN");
    if (alert == "inf")
        return QCoreApplication::translate("WeightText", "Inf");
    return QString::fromStdString(alert);
}

QString alertsText(const std::vector<std::string>& alerts) {
    QStringList out;
    for (const auto& a : alerts)
        out << alertText(a);
    return out.join(", ");
}

QString tensorStatsLine(const TensorStats& s) {
    QString line =
        pluralText(QT_TRANSLATE_N_NOOP(
                       "WeightText",
                       "%1 %2: %n value(s), min %3, max %4, mean %5, std %6, NaN %7, Inf %8"),
                   static_cast<int>(s.count))
            .arg(QString::fromStdString(s.name), shapeText(s.shape), statText(s.min),
                 statText(s.max), statText(s.mean), statText(s.stddev))
            .arg(s.nan)
            .arg(s.inf);
    if (!s.alerts.empty())
        line += " — " +
                QCoreApplication::translate("WeightText", "alerts: %1").arg(alertsText(s.alerts));
    return line;
}

torch::Tensor findWeight(const KerasWeightFile& file, const std::string& layer,
                         const std::string& name) {
    if (const KerasLayer* l = file.find(layer))
        for (const KerasWeight& w : l->weights)
            if (w.name == name)
                return w.value;
    return {};
}

QString unrelatedText(const QString& a, const QString& b) {
    return QCoreApplication::translate(
               "WeightText",
               "%1 and %2 share no weight tensor: they are not two versions of one model, so "
               "there is no change to show.")
        .arg(QFileInfo(a).fileName(), QFileInfo(b).fileName());
}

QStringList diffSummary(const WeightDiff& d, const QString& a, const QString& b) {
    QStringList out;
    out << QCoreApplication::translate("WeightText", "A: %1").arg(a)
        << QCoreApplication::translate("WeightText", "B: %1 (the reference)").arg(b);
    out << pluralText(QT_TRANSLATE_N_NOOP("WeightText", "%1 of %n common tensor(s) changed"),
                      static_cast<int>(d.tensors.size()))
               .arg(d.changedCount());
    if (!d.onlyInA.empty())
        out << pluralText(QT_TRANSLATE_N_NOOP("WeightText", "%n tensor(s) only in A"),
                          static_cast<int>(d.onlyInA.size()));
    if (!d.onlyInB.empty())
        out << pluralText(QT_TRANSLATE_N_NOOP("WeightText", "%n tensor(s) only in B"),
                          static_cast<int>(d.onlyInB.size()));
    if (!d.shapeChanged.empty())
        out << pluralText(QT_TRANSLATE_N_NOOP("WeightText", "%n tensor(s) changed shape"),
                          static_cast<int>(d.shapeChanged.size()));
    return out;
}

}  // namespace mrcnn::figures
