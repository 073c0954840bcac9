#include "DealRules.h"

#include <QTest>
#include <QTimeZone>

using namespace pd::domain;
using S = ApplicationState;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

Registration inState(S s)
{
    Registration r;
    r.id = QStringLiteral("r1");
    r.state = s;
    r.filedAt = kNow.addDays(-10);
    if (s == S::Registered) {
        r.registeredAt = kNow.addDays(-5);
        r.protectionDays = 90;
    }
    return r;
}

} // namespace

class TestDealRules final : public QObject
{
    Q_OBJECT

private slots:
    void everyTransition_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("legal");
        const QList<S> all{S::New,        S::AwaitingReview, S::InProgress, S::Confirmation,
                           S::Registered, S::Rejected,       S::Returned};
        const QList<std::pair<S, S>> legal{
            {S::New, S::AwaitingReview},      {S::AwaitingReview, S::InProgress}, {S::AwaitingReview, S::Registered},
            {S::AwaitingReview, S::Rejected}, {S::AwaitingReview, S::Returned},   {S::InProgress, S::Confirmation},
            {S::InProgress, S::Registered},   {S::InProgress, S::Rejected},       {S::InProgress, S::Returned},
            {S::Confirmation, S::InProgress}, {S::Confirmation, S::Registered},   {S::Confirmation, S::Rejected},
            {S::Confirmation, S::Returned},   {S::Returned, S::AwaitingReview},
        };
        for (S from : all) {
            for (S to : all) {
                QTest::addRow("%s -> %s", qPrintable(toKey(from)), qPrintable(toKey(to)))
                    << int(from) << int(to) << legal.contains({from, to});
            }
        }
    }
    void everyTransition()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, legal);
        const Registration r = inState(S(from));
        const QString refusal = dealRules::transitionRefusal(r, S(to), QStringLiteral("a reason"));
        QCOMPARE(refusal.isEmpty(), legal);
        QCOMPARE(dealRules::nextStates(S(from)).contains(S(to)), legal);
    }

    void rejectAndReturnNeedWords()
    {
        const Registration r = inState(S::AwaitingReview);
        QVERIFY(dealRules::transitionRefusal(r, S::Rejected).contains(QLatin1String("reason")));
        QVERIFY(dealRules::transitionRefusal(r, S::Rejected, QStringLiteral("   ")).contains(QLatin1String("reason")));
        QVERIFY(dealRules::transitionRefusal(r, S::Returned).contains(QLatin1String("comment")));
        QVERIFY(dealRules::transitionRefusal(r, S::Rejected, QStringLiteral("Duplicate")).isEmpty());
    }

    void refusalsSayWhy()
    {
        QVERIFY(dealRules::transitionRefusal(inState(S::Rejected), S::AwaitingReview).contains(QLatin1String("final")));
        QVERIFY(dealRules::transitionRefusal(inState(S::New), S::Registered).contains(QLatin1String("submitted")));
        QVERIFY(
            dealRules::transitionRefusal(inState(S::Returned), S::Registered).contains(QLatin1String("resubmitted")));
    }

    void outcomes()
    {
        QVERIFY(!dealRules::outcomeRefusal(inState(S::Confirmation), DealOutcome::Won).isEmpty());
        Registration r = inState(S::Registered);
        QVERIFY(dealRules::outcomeRefusal(r, DealOutcome::Won).isEmpty());
        QVERIFY(dealRules::outcomeRefusal(r, DealOutcome::Lost).isEmpty());
        QVERIFY(!dealRules::outcomeRefusal(r, DealOutcome::InProgress).isEmpty());
        r.outcome = DealOutcome::Won;
        QVERIFY(dealRules::outcomeRefusal(r, DealOutcome::Lost).contains(QLatin1String("already closed")));
        QCOMPARE(dealRules::protectionStatus(r, kNow), ProtectionStatus::Ended);
    }

    void expiryExactlyAtTheBoundary()
    {
        Registration r = inState(S::Registered);
        r.registeredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 30), QTimeZone::utc());
        r.protectionDays = 90;
        const QDateTime end = dealRules::protectionEnd(r);
        QCOMPARE(end, QDateTime(QDate(2026, 4, 1), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(dealRules::protectionStatus(r, end.addMSecs(-1)), ProtectionStatus::Active);
        QCOMPARE(dealRules::protectionStatus(r, end), ProtectionStatus::Expired);
        QCOMPARE(dealRules::protectionStatus(r, end.addMSecs(1)), ProtectionStatus::Expired);
        QVERIFY(!dealRules::claimedWindow(r, {}, end).isValid());
        QVERIFY(dealRules::claimedWindow(r, {}, end.addSecs(-1)).isValid());
    }

    void extensions()
    {
        const ProtectionPolicy policy;
        Registration r = inState(S::Registered);
        QVERIFY(dealRules::extensionRequestRefusal(r, policy, kNow).isEmpty());
        const QDateTime before = dealRules::protectionEnd(r);
        r.extensions.append(
            {QStringLiteral("e1"), kNow, QStringLiteral("Budget moved"), ExtensionDecision::Pending, {}, {}, 0});
        QVERIFY(dealRules::extensionRequestRefusal(r, policy, kNow).contains(QLatin1String("already waiting")));
        QCOMPARE(dealRules::protectionEnd(r), before); // pending adds nothing
        r.extensions[0].decision = ExtensionDecision::Approved;
        r.extensions[0].days = 90;
        QCOMPARE(dealRules::protectionEnd(r), before.addDays(90));
        r.extensions.append(
            {QStringLiteral("e2"), kNow, QStringLiteral("Pilot"), ExtensionDecision::Denied, {}, {}, 0});
        QVERIFY(dealRules::extensionRequestRefusal(r, policy, kNow).isEmpty()); // a denial does not count
        r.extensions.append(
            {QStringLiteral("e3"), kNow, QStringLiteral("Tender"), ExtensionDecision::Approved, {}, {}, 90});
        QCOMPARE(dealRules::approvedExtensions(r), 2);
        QVERIFY(dealRules::extensionRequestRefusal(r, policy, kNow).contains(QLatin1String("most")));
        QVERIFY(!dealRules::extensionRequestRefusal(inState(S::InProgress), policy, kNow).isEmpty());
    }

    void feedbackOverdue()
    {
        Registration r = inState(S::Registered);
        r.registeredAt = kNow.addMonths(-1).addSecs(1);
        QVERIFY(!dealRules::isFeedbackOverdue(r, kNow));
        r.registeredAt = kNow.addMonths(-1).addSecs(-1);
        QVERIFY(dealRules::isFeedbackOverdue(r, kNow));
        r.feedback.append({QStringLiteral("f1"),
                           kNow.addDays(-3),
                           FeedbackType::MonthlyStatus,
                           FeedbackCategory::PilotTesting,
                           QStringLiteral("Pilot started"),
                           {},
                           {}});
        QVERIFY(!dealRules::isFeedbackOverdue(r, kNow));
        QVERIFY(dealRules::isFeedbackOverdue(r, kNow.addDays(40))
                == (dealRules::protectionStatus(r, kNow.addDays(40)) == ProtectionStatus::Active));
        QVERIFY(!dealRules::isFeedbackOverdue(inState(S::AwaitingReview), kNow));
    }
};

QTEST_GUILESS_MAIN(TestDealRules)
#include "tst_dealrules.moc"
