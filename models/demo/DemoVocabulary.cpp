#include "DemoVocabulary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pd::demo::vocabulary {

const QStringList &maleFirstNames()
{
    static const QStringList names{
        u"Александр"_s, u"Сергей"_s, u"Дмитрий"_s, u"Андрей"_s, u"Алексей"_s,    u"Максим"_s,
        u"Евгений"_s,   u"Иван"_s,   u"Михаил"_s,  u"Артём"_s,  u"Николай"_s,    u"Владимир"_s,
        u"Павел"_s,     u"Роман"_s,  u"Олег"_s,    u"Игорь"_s,  u"Кирилл"_s,     u"Денис"_s,
        u"Антон"_s,     u"Виктор"_s, u"Юрий"_s,    u"Илья"_s,   u"Константин"_s, u"Григорий"_s,
    };
    return names;
}

const QStringList &femaleFirstNames()
{
    static const QStringList names{
        u"Анна"_s,  u"Елена"_s,  u"Ольга"_s,    u"Наталья"_s,  u"Екатерина"_s, u"Татьяна"_s,
        u"Мария"_s, u"Ирина"_s,  u"Светлана"_s, u"Юлия"_s,     u"Анастасия"_s, u"Марина"_s,
        u"Дарья"_s, u"Ксения"_s, u"Алина"_s,    u"Виктория"_s, u"Полина"_s,    u"Вера"_s,
    };
    return names;
}

const QList<Gendered> &surnames()
{
    static const QList<Gendered> names{
        {u"Иванов"_s, u"Иванова"_s},     {u"Смирнов"_s, u"Смирнова"_s},      {u"Кузнецов"_s, u"Кузнецова"_s},
        {u"Попов"_s, u"Попова"_s},       {u"Васильев"_s, u"Васильева"_s},    {u"Петров"_s, u"Петрова"_s},
        {u"Соколов"_s, u"Соколова"_s},   {u"Михайлов"_s, u"Михайлова"_s},    {u"Новиков"_s, u"Новикова"_s},
        {u"Фёдоров"_s, u"Фёдорова"_s},   {u"Морозов"_s, u"Морозова"_s},      {u"Волков"_s, u"Волкова"_s},
        {u"Алексеев"_s, u"Алексеева"_s}, {u"Лебедев"_s, u"Лебедева"_s},      {u"Семёнов"_s, u"Семёнова"_s},
        {u"Егоров"_s, u"Егорова"_s},     {u"Павлов"_s, u"Павлова"_s},        {u"Козлов"_s, u"Козлова"_s},
        {u"Степанов"_s, u"Степанова"_s}, {u"Николаев"_s, u"Николаева"_s},    {u"Орлов"_s, u"Орлова"_s},
        {u"Андреев"_s, u"Андреева"_s},   {u"Макаров"_s, u"Макарова"_s},      {u"Никитин"_s, u"Никитина"_s},
        {u"Захаров"_s, u"Захарова"_s},   {u"Зайцев"_s, u"Зайцева"_s},        {u"Соловьёв"_s, u"Соловьёва"_s},
        {u"Борисов"_s, u"Борисова"_s},   {u"Яковлев"_s, u"Яковлева"_s},      {u"Григорьев"_s, u"Григорьева"_s},
        {u"Романов"_s, u"Романова"_s},   {u"Воробьёв"_s, u"Воробьёва"_s},    {u"Сергеев"_s, u"Сергеева"_s},
        {u"Белов"_s, u"Белова"_s},       {u"Тарасов"_s, u"Тарасова"_s},      {u"Комаров"_s, u"Комарова"_s},
        {u"Ковалёв"_s, u"Ковалёва"_s},   {u"Ильин"_s, u"Ильина"_s},          {u"Гусев"_s, u"Гусева"_s},
        {u"Титов"_s, u"Титова"_s},       {u"Кудрявцев"_s, u"Кудрявцева"_s},  {u"Баранов"_s, u"Баранова"_s},
        {u"Жуков"_s, u"Жукова"_s},       {u"Голубев"_s, u"Голубева"_s},      {u"Виноградов"_s, u"Виноградова"_s},
        {u"Богданов"_s, u"Богданова"_s}, {u"Островский"_s, u"Островская"_s}, {u"Савицкий"_s, u"Савицкая"_s},
        {u"Шевченко"_s, u"Шевченко"_s},  {u"Галиев"_s, u"Галиева"_s},        {u"Хабибуллин"_s, u"Хабибуллина"_s},
    };
    return names;
}

const QList<Gendered> &patronymics()
{
    static const QList<Gendered> names{
        {u"Александрович"_s, u"Александровна"_s},
        {u"Сергеевич"_s, u"Сергеевна"_s},
        {u"Дмитриевич"_s, u"Дмитриевна"_s},
        {u"Андреевич"_s, u"Андреевна"_s},
        {u"Алексеевич"_s, u"Алексеевна"_s},
        {u"Иванович"_s, u"Ивановна"_s},
        {u"Михайлович"_s, u"Михайловна"_s},
        {u"Николаевич"_s, u"Николаевна"_s},
        {u"Владимирович"_s, u"Владимировна"_s},
        {u"Петрович"_s, u"Петровна"_s},
        {u"Юрьевич"_s, u"Юрьевна"_s},
        {u"Олегович"_s, u"Олеговна"_s},
        {u"Викторович"_s, u"Викторовна"_s},
        {u"Игоревич"_s, u"Игоревна"_s},
        {u"Павлович"_s, u"Павловна"_s},
        {u"Евгеньевич"_s, u"Евгеньевна"_s},
    };
    return names;
}

const QList<Adjective> &adjectives()
{
    static const QList<Adjective> words{
        {u"Северн"_s, 0},  {u"Южн"_s, 0},      {u"Восточн"_s, 0},  {u"Западн"_s, 0},       {u"Облачн"_s, 0},
        {u"Нов"_s, 0},     {u"Перв"_s, 0},     {u"Умн"_s, 0},      {u"Быстр"_s, 0},        {u"Надёжн"_s, 0},
        {u"Светл"_s, 0},   {u"Красн"_s, 0},    {u"Бел"_s, 0},      {u"Информационн"_s, 0}, {u"Сибирск"_s, 1},
        {u"Уральск"_s, 1}, {u"Балтийск"_s, 1}, {u"Волжск"_s, 1},   {u"Невск"_s, 1},        {u"Цифров"_s, 2},
        {u"Делов"_s, 2},   {u"Сетев"_s, 2},    {u"Прикладн"_s, 0},
    };
    return words;
}

const QList<Noun> &nouns()
{
    static const QList<Noun> words{
        {u"Ветер"_s, Gender::Masculine},      {u"Мост"_s, Gender::Masculine},      {u"Поток"_s, Gender::Masculine},
        {u"Берег"_s, Gender::Masculine},      {u"Альянс"_s, Gender::Masculine},    {u"Горизонт"_s, Gender::Masculine},
        {u"Маяк"_s, Gender::Masculine},       {u"Вектор"_s, Gender::Masculine},    {u"Сервис"_s, Gender::Masculine},
        {u"Интегратор"_s, Gender::Masculine}, {u"Код"_s, Gender::Masculine},       {u"Континент"_s, Gender::Masculine},
        {u"Сеть"_s, Gender::Feminine},        {u"Линия"_s, Gender::Feminine},      {u"Звезда"_s, Gender::Feminine},
        {u"Волна"_s, Gender::Feminine},       {u"Гавань"_s, Gender::Feminine},     {u"Долина"_s, Gender::Feminine},
        {u"Платформа"_s, Gender::Feminine},   {u"Интеграция"_s, Gender::Feminine}, {u"Облако"_s, Gender::Neuter},
        {u"Решение"_s, Gender::Neuter},       {u"Измерение"_s, Gender::Neuter},    {u"Решения"_s, Gender::Plural},
        {u"Технологии"_s, Gender::Plural},    {u"Системы"_s, Gender::Plural},      {u"Сервисы"_s, Gender::Plural},
        {u"Данные"_s, Gender::Plural},        {u"Вычисления"_s, Gender::Plural},
    };
    return words;
}

const QStringList &namePrefixes()
{
    static const QStringList words{u"Техно"_s, u"Инфо"_s, u"Софт"_s, u"Дата"_s,  u"Клауд"_s, u"Нет"_s,     u"Интел"_s,
                                   u"Про"_s,   u"Гига"_s, u"Мега"_s, u"Кибер"_s, u"Сист"_s,  u"Телеком"_s, u"Серв"_s};
    return words;
}

const QStringList &nameSuffixes()
{
    static const QStringList words{u"Сфера"_s,  u"Лайн"_s, u"Лаб"_s,   u"Тех"_s,   u"Групп"_s, u"Форм"_s,  u"Систем"_s,
                                   u"Логика"_s, u"Парк"_s, u"Пульс"_s, u"Точка"_s, u"Скай"_s,  u"Проект"_s};
    return words;
}

const QStringList &brandSuffixes()
{
    static const QStringList words{u"Cloud"_s, u"Stack"_s, u"Sky"_s, u"Host"_s, u"Cloud Pro"_s, u"Space"_s, u"Box"_s};
    return words;
}

const QList<Region> &regions()
{
    static const QList<Region> list{
        {u"Москва"_s, u"77"_s, u"495"_s, 30},
        {u"Санкт-Петербург"_s, u"78"_s, u"812"_s, 12},
        {u"Московская область"_s, u"50"_s, u"498"_s, 8},
        {u"Новосибирская область"_s, u"54"_s, u"383"_s, 5},
        {u"Свердловская область"_s, u"66"_s, u"343"_s, 5},
        {u"Республика Татарстан"_s, u"16"_s, u"843"_s, 5},
        {u"Нижегородская область"_s, u"52"_s, u"831"_s, 4},
        {u"Краснодарский край"_s, u"23"_s, u"861"_s, 4},
        {u"Самарская область"_s, u"63"_s, u"846"_s, 3},
        {u"Ростовская область"_s, u"61"_s, u"863"_s, 3},
        {u"Пермский край"_s, u"59"_s, u"342"_s, 2},
        {u"Республика Башкортостан"_s, u"02"_s, u"347"_s, 2},
        {u"Красноярский край"_s, u"24"_s, u"391"_s, 2},
        {u"Воронежская область"_s, u"36"_s, u"473"_s, 2},
        {u"Челябинская область"_s, u"74"_s, u"351"_s, 2},
        {u"Омская область"_s, u"55"_s, u"381"_s, 1},
        {u"Тюменская область"_s, u"72"_s, u"345"_s, 2},
        {u"Иркутская область"_s, u"38"_s, u"395"_s, 1},
        {u"Хабаровский край"_s, u"27"_s, u"4212"_s, 1},
        {u"Приморский край"_s, u"25"_s, u"423"_s, 1},
        {u"Калининградская область"_s, u"39"_s, u"4012"_s, 1},
        {u"Ленинградская область"_s, u"47"_s, u"813"_s, 2},
    };
    return list;
}

const QStringList &positions()
{
    static const QStringList words{
        u"Генеральный директор"_s,
        u"Коммерческий директор"_s,
        u"Технический директор"_s,
        u"Руководитель отдела продаж"_s,
        u"Менеджер по работе с партнёрами"_s,
        u"Пресейл-инженер"_s,
        u"Архитектор облачных решений"_s,
        u"Главный бухгалтер"_s,
        u"Аккаунт-менеджер"_s,
        u"DevOps-инженер"_s,
        u"Руководитель проектов"_s,
        u"Директор по развитию"_s,
    };
    return words;
}

const QStringList &services()
{
    static const QStringList words{
        u"Облачные серверы"_s,       u"Kubernetes"_s,
        u"Объектное хранилище S3"_s, u"Облачные базы данных"_s,
        u"Cloud ML Platform"_s,      u"Резервное копирование"_s,
        u"Cloud Big Data"_s,         u"Cloud Logging"_s,
        u"Cloud Monitoring"_s,       u"CDN"_s,
    };
    return words;
}

const QStringList &noteSentences()
{
    static const QStringList words{
        u"Познакомились на конференции «Облачные технологии»."_s,
        u"Интересуются переносом 1С в облако."_s,
        u"Ведут несколько проектов на Kubernetes."_s,
        u"Запросили демонстрацию объектного хранилища."_s,
        u"Основные клиенты — ритейл и логистика."_s,
        u"Есть собственная команда DevOps из пяти человек."_s,
        u"Планируют сертифицировать двух пресейл-инженеров."_s,
        u"Просят созвон раз в месяц по воронке сделок."_s,
        u"Работают с госсектором, нужен аттестованный сегмент."_s,
        u"Пришли по рекомендации действующего партнёра."_s,
        u"Интересует White Label для собственных клиентов."_s,
        u"Готовят пилот с ML-платформой для банка."_s,
        u"Уточнить реквизиты для договора."_s,
        u"Основной контакт в отпуске до конца месяца."_s,
    };
    return words;
}

const QStringList &freeMailDomains()
{
    static const QStringList words{u"mail.ru"_s, u"yandex.ru"_s, u"gmail.com"_s, u"bk.ru"_s, u"inbox.ru"_s};
    return words;
}

QString adjectiveForm(const Adjective &adjective, Gender gender)
{
    static const QStringList endings[3] = {
        {u"ый"_s, u"ая"_s, u"ое"_s, u"ые"_s},
        {u"ий"_s, u"ая"_s, u"ое"_s, u"ие"_s},
        {u"ой"_s, u"ая"_s, u"ое"_s, u"ые"_s},
    };
    return adjective.stem + endings[qBound(0, adjective.declension, 2)].at(int(gender));
}

QString transliterate(const QString &text)
{
    static const QHash<QChar, QString> table{
        {u'а', u"a"_s},  {u'б', u"b"_s},  {u'в', u"v"_s},    {u'г', u"g"_s},    {u'д', u"d"_s},  {u'е', u"e"_s},
        {u'ё', u"e"_s},  {u'ж', u"zh"_s}, {u'з', u"z"_s},    {u'и', u"i"_s},    {u'й', u"y"_s},  {u'к', u"k"_s},
        {u'л', u"l"_s},  {u'м', u"m"_s},  {u'н', u"n"_s},    {u'о', u"o"_s},    {u'п', u"p"_s},  {u'р', u"r"_s},
        {u'с', u"s"_s},  {u'т', u"t"_s},  {u'у', u"u"_s},    {u'ф', u"f"_s},    {u'х', u"kh"_s}, {u'ц', u"ts"_s},
        {u'ч', u"ch"_s}, {u'ш', u"sh"_s}, {u'щ', u"shch"_s}, {u'ъ', QString()}, {u'ы', u"y"_s},  {u'ь', QString()},
        {u'э', u"e"_s},  {u'ю', u"yu"_s}, {u'я', u"ya"_s},
    };
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text.toLower()) {
        if (const auto it = table.constFind(c); it != table.constEnd())
            out += *it;
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c == u' ' || c == u'-')
            out += u'-';
    }
    return out;
}

} // namespace pd::demo::vocabulary
