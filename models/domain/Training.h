#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "EnumKeys.h"

namespace pd::domain {

enum class CourseKind
{
    Product,
    Technical,
    Sales
};
enum class CourseFormat
{
    Lecture,
    Demo,
    Lab
};
enum class CompatOutcome
{
    InProgress,
    Certified,
    Failed,
    Withdrawn
};

QString toKey(CourseKind v);
QString toKey(CourseFormat v);
QString toKey(CompatOutcome v);
std::optional<CourseKind> courseKindFromKey(const QString &key);
std::optional<CourseFormat> courseFormatFromKey(const QString &key);
std::optional<CompatOutcome> compatOutcomeFromKey(const QString &key);
template <>
QList<CourseKind> allValues<CourseKind>();
template <>
QList<CourseFormat> allValues<CourseFormat>();
template <>
QList<CompatOutcome> allValues<CompatOutcome>();
QString displayName(CourseKind v);
QString displayName(CourseFormat v);
QString displayName(CompatOutcome v);

// A course of the program's catalogue.
struct Course
{
    QString id;
    QString title;
    CourseKind kind = CourseKind::Product;
    CourseFormat format = CourseFormat::Lecture;
    int hours = 0;
    QString description;

    bool operator==(const Course &) const = default;
};

// A person of a partner company enrolled in a course.
struct Enrollment
{
    QString id;
    QString personId;
    QString courseId;
    QDate enrolledOn;
    int progressPct = 0;
    QDate completedOn; // set when progress reaches 100 %

    bool operator==(const Enrollment &) const = default;
};

// One step of the software compatibility certification track.
struct CompatStep
{
    int number = 1; // 1..8
    QDate startedOn;
    QDate completedOn;
    QString note;

    bool operator==(const CompatStep &) const = default;
};

// The certification of a partner's software version for one service: eight steps and a certificate.
struct CompatCertification
{
    QString id;
    QString partnerId;
    QString productName;
    QString productVersion;
    QString service;
    QString vendor;
    QString testProjectId;
    QList<CompatStep> steps;
    CompatOutcome outcome = CompatOutcome::InProgress;
    QString certificateNumber;
    QString issuer;
    QDate issuedOn;
    QDate expiresOn;

    bool operator==(const CompatCertification &) const = default;
};

namespace training {

inline constexpr int kCompatSteps = 8;
inline constexpr int kMinDocumentReviewWorkingDays = 5;
QString compatStepName(int number);
int workingDaysBetween(const QDate &from, const QDate &to); // Monday to Friday, from inclusive, to exclusive

// Empty when the certification's steps and outcome are consistent, otherwise what is wrong.
QString validateCompat(const CompatCertification &c);
QString validateEnrollment(const Enrollment &e);

} // namespace training
} // namespace pd::domain
