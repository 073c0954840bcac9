#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace pd::bench {

// Milliseconds with sub-millisecond precision.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

// One result line in the format bench/run.sh collects:
// "RESULT<TAB>benchmark<TAB>step<TAB>median ms<TAB>min ms[<TAB>target ms]"; run.sh compares the median with
// the target (when there is one) and prints pass or miss.
inline void report(const QString &benchmark, const QString &step, const QList<double> &samples, double targetMs = 0)
{
    QTextStream out(stdout);
    const double minimum = samples.isEmpty() ? 0.0 : *std::min_element(samples.begin(), samples.end());
    out << "RESULT\t" << benchmark << '\t' << step << '\t' << QString::number(median(samples), 'f', 2) << '\t'
        << QString::number(minimum, 'f', 2);
    if (targetMs > 0)
        out << '\t' << QString::number(targetMs, 'f', 0);
    out << '\n';
    out.flush();
}

// Which way a figure has to go to meet its target.
enum class Better
{
    Lower,
    Higher
};

// One figure that is not a time in milliseconds (a ratio, records per second, megabytes, or a time
// measured against a reference program), in the second format bench/run.sh collects:
// "FIGURE<TAB>benchmark<TAB>figure<TAB>value<TAB>unit<TAB>target<TAB>lower|higher<TAB>reference".
// A target of 0 means none; the reference is free text (what the same thing costs elsewhere).
inline void reportFigure(const QString &benchmark, const QString &figure, double value, const QString &unit,
                         double target = 0, Better better = Better::Lower, const QString &reference = {})
{
    QTextStream out(stdout);
    out << "FIGURE\t" << benchmark << '\t' << figure << '\t' << QString::number(value, 'f', 2) << '\t' << unit << '\t'
        << (target > 0 ? QString::number(target, 'g', 6) : QString()) << '\t'
        << (better == Better::Lower ? "lower" : "higher") << '\t' << reference << '\n';
    out.flush();
}

} // namespace pd::bench
