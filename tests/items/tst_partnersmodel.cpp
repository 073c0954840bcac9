#include "PartnersFilterProxy.h"
#include "PartnersModel.h"
#include "ThemeColor.h"
#include "TierColors.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using pd::items::PartnersFilterProxy;
using pd::items::PartnersModel;
using pd::storage::PartnerSummary;
namespace domain = pd::domain;

namespace {

PartnerSummary make(const QString &id, const QString &name, const QString &inn, domain::Role role, domain::Tier tier,
                    domain::OnboardingStage stage, const QString &manager, const QString &region, QDate registered)
{
    PartnerSummary s;
    s.id = id;
    s.name = name;
    s.inn = inn;
    s.role = role;
    s.tier = tier;
    s.stage = stage;
    s.manager = manager;
    s.region = region;
    s.registeredOn = registered;
    s.updatedAt = QDateTime(registered, QTime(12, 0), Qt::UTC);
    return s;
}

QList<PartnerSummary> sample()
{
    using R = domain::Role;
    using T = domain::Tier;
    using S = domain::OnboardingStage;
    return {
        make(QStringLiteral("a"), QStringLiteral("ООО «Ромашка»"), QStringLiteral("7707083893"), R::Partner, T::Gold,
             S::AgreementSigned, QStringLiteral("Irina Petrova"), QStringLiteral("Moscow"), QDate(2015, 3, 1)),
        make(QStringLiteral("b"), QStringLiteral("Beta Cloud"), QStringLiteral("500100732259"), R::Agent, T::None,
             S::Contacted, QStringLiteral("Oleg Sidorov"), QStringLiteral("Kazan"), QDate(2020, 12, 31)),
        make(QStringLiteral("c"), QStringLiteral("alpha systems"), QStringLiteral("7830002293"), R::WhiteLabel,
             T::Platinum, S::AgreementSigned, QStringLiteral("Irina Petrova"), QStringLiteral("Saint Petersburg"),
             QDate(2009, 1, 15)),
        make(QStringLiteral("d"), QStringLiteral("Delta Soft"), QStringLiteral("5408131553"), R::Partner, T::Silver,
             S::AgreementSigned, QStringLiteral("Anna Kim"), QStringLiteral("Novosibirsk"), QDate(2021, 2, 1)),
        make(QStringLiteral("e"), QStringLiteral("Epsilon"), QStringLiteral("6658021226"), R::Partner, T::None,
             S::Application, QStringLiteral("Anna Kim"), QStringLiteral("Yekaterinburg"), QDate(2009, 11, 2)),
    };
}

QStringList column(const QAbstractItemModel &model, int col, int role = PartnersModel::IdRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data(role).toString());
    return out;
}

} // namespace

class TestPartnersModel final : public QObject
{
    Q_OBJECT

private slots:
    void tierNamesReadOnLightAndDark();
    void modelTesterOnModelAndProxy();
    void displayAndRawValues();
    void upsertAndRemove();
    void sortsOnRawValues();
    void textFilter();
    void textFilterReadsYoAsYe();
    void roleTierStageFilters();
};

namespace {
using pd::items::contrastRatio;
} // namespace

// A status written in a list (the Training lists, the why panel, the chart legend) reads on the white
// base and on the dark theme's slate one: at least WCAG's 4.5:1 for body text (the badge's own text
// colour on the dark base gave 1.9:1 for Gold).
void TestPartnersModel::tierNamesReadOnLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, QColor(0xFF, 0xFF, 0xFF));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1E, 0x25, 0x33));
    // The lists' other signal colours (a clawback's red, a top-up's green, overdue amber) likewise.
    for (const QColor &signal :
         {QColor(0xB9, 0x1C, 0x1C), QColor(0x15, 0x80, 0x3D), QColor(0xb4, 0x53, 0x09), QColor(0x64, 0x74, 0x8B)}) {
        QCOMPARE(pd::items::textOnBase(signal, light), signal);
        const QColor text = pd::items::textOnBase(signal, dark);
        QVERIFY2(contrastRatio(text, dark.color(QPalette::Base)) >= 4.5,
                 qPrintable(QStringLiteral("%1 on the dark base: %2:1")
                                .arg(text.name())
                                .arg(contrastRatio(text, dark.color(QPalette::Base)), 0, 'f', 1)));
    }
    for (auto tier :
         {pd::domain::Tier::Silver, pd::domain::Tier::Gold, pd::domain::Tier::Platinum, pd::domain::Tier::None}) {
        for (const QPalette &palette : {light, dark}) {
            const QColor text = pd::items::tierTextColor(tier, palette);
            const double ratio = contrastRatio(text, palette.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                  .arg(text.name(), palette.color(QPalette::Base).name())
                                                  .arg(ratio, 0, 'f', 1)));
        }
    }
}

void TestPartnersModel::modelTesterOnModelAndProxy()
{
    PartnersModel model;
    PartnersFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(PartnersModel::RegisteredOn);

    model.setPartners(sample());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(PartnersModel::ColumnCount));
    PartnerSummary changed = sample().at(1);
    changed.name = QStringLiteral("Beta Cloud Renamed");
    model.upsert(changed);
    model.upsert(make(QStringLiteral("f"), QStringLiteral("Zeta"), QStringLiteral("7707083893"), domain::Role::Agent,
                      domain::Tier::None, domain::OnboardingStage::Contacted, {}, {}, QDate(2001, 1, 1)));
    proxy.setTextFilter(QStringLiteral("irina"));
    proxy.setRoleFilter(domain::Role::Partner);
    proxy.clearFilters();
    QVERIFY(model.removeById(QStringLiteral("c")));
    QVERIFY(!model.removeById(QStringLiteral("nope")));
    model.setPartners({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestPartnersModel::displayAndRawValues()
{
    QLocale::setDefault(QLocale::c());
    PartnersModel model;
    model.setPartners(sample());
    const int agent = model.rowOfId(QStringLiteral("b"));
    const int gold = model.rowOfId(QStringLiteral("a"));
    QCOMPARE(model.index(agent, PartnersModel::Tier).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(gold, PartnersModel::Tier).data().toString(), domain::displayName(domain::Tier::Gold));
    QCOMPARE(model.index(gold, PartnersModel::Role).data().toString(), domain::displayName(domain::Role::Partner));
    QCOMPARE(model.index(gold, PartnersModel::Role).data(PartnersModel::RawValueRole).toInt(),
             int(domain::Role::Partner));
    // The date is shown formatted for the locale, and kept as a QDate for sorting.
    const QModelIndex date = model.index(gold, PartnersModel::RegisteredOn);
    QCOMPARE(date.data(PartnersModel::RawValueRole).toDate(), QDate(2015, 3, 1));
    QCOMPARE(date.data().toString(), QLocale().toString(QDate(2015, 3, 1), QLocale::ShortFormat));
    QCOMPARE(model.index(gold, PartnersModel::Name).data(PartnersModel::IdRole).toString(), QStringLiteral("a"));
    QVERIFY(!model.index(gold, PartnersModel::Tier).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(agent, PartnersModel::Tier).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.headerData(PartnersModel::Inn, Qt::Horizontal).toString(), QStringLiteral("INN"));
}

void TestPartnersModel::upsertAndRemove()
{
    PartnersModel model;
    model.setPartners(sample());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    PartnerSummary renamed = sample().at(3);
    renamed.name = QStringLiteral("Delta Soft Group");
    model.upsert(renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(model.rowOfId(QStringLiteral("d")), PartnersModel::Name).data().toString(),
             QStringLiteral("Delta Soft Group"));

    PartnerSummary added = sample().at(0);
    added.id = QStringLiteral("new");
    model.upsert(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("new")), 5);

    QVERIFY(model.removeById(QStringLiteral("a")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("a")), -1);
    // Rows after the removed one moved up and are still found by id.
    QCOMPARE(model.rowOfId(QStringLiteral("new")), 4);
    QCOMPARE(model.index(model.rowOfId(QStringLiteral("e")), 0).data(PartnersModel::IdRole).toString(),
             QStringLiteral("e"));
}

void TestPartnersModel::sortsOnRawValues()
{
    QLocale::setDefault(QLocale::c());
    PartnersModel model;
    model.setPartners(sample());
    PartnersFilterProxy proxy;
    proxy.setSourceModel(&model);

    // Dates sort as dates: text order of "1/15/09", "12/31/20", "3/1/15"... would differ.
    proxy.sort(PartnersModel::RegisteredOn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("a"),
                                            QStringLiteral("b"), QStringLiteral("d")}));
    proxy.sort(PartnersModel::RegisteredOn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0).first(), QStringLiteral("d"));

    // Tiers sort by rank (Agents first, then none, Silver, Gold, Platinum), not alphabetically.
    proxy.sort(PartnersModel::Tier, Qt::AscendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("d"),
                                            QStringLiteral("a"), QStringLiteral("c")}));

    // Names sort case-insensitively.
    proxy.sort(PartnersModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, PartnersModel::Name, Qt::DisplayRole).first(), QStringLiteral("alpha systems"));
}

void TestPartnersModel::textFilter()
{
    PartnersModel model;
    model.setPartners(sample());
    PartnersFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);

    proxy.setTextFilter(QStringLiteral("РОМАШКА")); // name, Cyrillic, any case
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("a")});
    proxy.setTextFilter(QStringLiteral("7830002")); // INN prefix
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("c")});
    proxy.setTextFilter(QStringLiteral("irina")); // manager
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTextFilter(QStringLiteral("petersburg")); // region
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("c")});
    proxy.setTextFilter(QStringLiteral("irina moscow")); // every word must match somewhere
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("a")});
    proxy.setTextFilter(QStringLiteral("no such partner"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.hasFilters());
    proxy.setTextFilter(QString());
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(!proxy.hasFilters());
}

// People type «е» where «ё» is written: «надежн» finds «Надёжное», and «ё» typed finds «е» written.
void TestPartnersModel::textFilterReadsYoAsYe()
{
    PartnersModel model;
    QList<PartnerSummary> partners = sample();
    partners[1].name = QStringLiteral("ООО «Надёжное облако»");
    partners[3].manager = QStringLiteral("Пётр Ёлкин");
    partners[4].region = QStringLiteral("Береговой");
    model.setPartners(partners);
    PartnersFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PartnersModel::Name);

    proxy.setTextFilter(QStringLiteral("надежн"));
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("b")});
    proxy.setTextFilter(QStringLiteral("НАДЕЖНОЕ ОБЛАКО"));
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("b")});
    proxy.setTextFilter(QStringLiteral("НАДЁЖНОЕ"));
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("b")});
    proxy.setTextFilter(QStringLiteral("петр елкин")); // manager, both letters typed as «е»
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("d")});
    proxy.setTextFilter(QStringLiteral("берёг")); // «ё» typed, «е» written
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("e")});
}

void TestPartnersModel::roleTierStageFilters()
{
    PartnersModel model;
    model.setPartners(sample());
    PartnersFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.setRoleFilter(domain::Role::Agent);
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("b")});
    proxy.setRoleFilter(domain::Role::Partner);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setRoleFilter(std::nullopt);

    proxy.setTierFilter(domain::Tier::Platinum);
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("c")});
    proxy.setTierFilter(domain::Tier::None); // Agents have no status, so they match "None" too
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTierFilter(std::nullopt);

    proxy.setStageFilter(domain::OnboardingStage::AgreementSigned);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setRoleFilter(domain::Role::Partner); // filters combine
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTextFilter(QStringLiteral("anna"));
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("d")});

    // The proxy follows the model: a new row that matches appears at once.
    PartnerSummary added = sample().at(3);
    added.id = QStringLiteral("x");
    model.upsert(added);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 6);
}

QTEST_MAIN(TestPartnersModel)
#include "tst_partnersmodel.moc"
