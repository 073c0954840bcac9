<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CertificateProblem</name>
    <message>
        <source>Unknown issuer</source>
        <translation>Неизвестный издатель</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Самоподписанный</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истек срок действия</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Еще не действует</translation>
    </message>
    <message>
        <source>Name does not match the server</source>
        <translation>Имя не совпадает с сервером</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Другая проблема</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know (%1). If your organisation runs its own certificate authority, choose its certificate as the CA file.</source>
        <translation>Сертификат выпущен центром сертификации, который этому компьютеру неизвестен (%1). Если в вашей организации свой центр сертификации, выберите его сертификат как файл ЦС.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>The certificate is self-signed: it vouches for itself and no known authority confirms that it belongs to this server. Trust it only if you know this server uses exactly this certificate (compare the fingerprint with the server&apos;s administrator).</source>
        <translation>Сертификат самоподписанный: он заверяет сам себя, и ни один известный центр сертификации не подтверждает, что он принадлежит этому серверу. Доверяйте ему, только если точно знаете, что сервер использует именно этот сертификат (сверьте отпечаток с администратором сервера).</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Срок действия сертификата истек %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1 (or this computer&apos;s clock is wrong).</source>
        <translation>Сертификат действует только с %1 (или на этом компьютере неверно установлены часы).</translation>
    </message>
    <message>
        <source>The certificate was made for %1, not for %2.</source>
        <translation>Сертификат выпущен для %1, а не для %2.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Сертификат отозван издателем.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation>Не удалось проверить сертификат: %1</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 was refused. %3</source>
        <translation>Сертификат %1:%2 отклонен. %3</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>Approve %1</source>
        <translation>одобрение %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>отклонение %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>возврат %1 партнеру</translation>
    </message>
    <message>
        <source>Take %1 into review</source>
        <translation>взятие %1 в работу</translation>
    </message>
    <message>
        <source>Request confirmation of %1</source>
        <translation>запрос подтверждения %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>одобрение %n регистрации</numerusform>
            <numerusform>одобрение %n регистраций</numerusform>
            <numerusform>одобрение %n регистраций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>отклонение %n регистрации</numerusform>
            <numerusform>отклонение %n регистраций</numerusform>
            <numerusform>отклонение %n регистраций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n registration(s)</source>
        <translation>
            <numerusform>возврат %n регистрации партнерам</numerusform>
            <numerusform>возврат %n регистраций партнерам</numerusform>
            <numerusform>возврат %n регистраций партнерам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n registration(s) into review</source>
        <translation>
            <numerusform>взятие %n регистрации в работу</numerusform>
            <numerusform>взятие %n регистраций в работу</numerusform>
            <numerusform>взятие %n регистраций в работу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request confirmation of %n registration(s)</source>
        <translation>
            <numerusform>запрос подтверждения %n регистрации</numerusform>
            <numerusform>запрос подтверждения %n регистраций</numerusform>
            <numerusform>запрос подтверждения %n регистраций</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision cannot be undone.</source>
        <translation>Решение нельзя отменить.</translation>
    </message>
    <message>
        <source>%1 of %2 decisions were undone; the others cannot be.</source>
        <translation>Отменено решений: %1 из %2; остальные отменить нельзя.</translation>
    </message>
    <message>
        <source>The decision cannot be made again.</source>
        <translation>Решение нельзя принять повторно.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerCommands</name>
    <message>
        <source>Create %1</source>
        <translation>создание %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>удаление %1</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.com:8443.</source>
        <translation>Введите адрес сервера, например https://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation>«%1» — неверный адрес сервера.</translation>
    </message>
    <message>
        <source>Write it as https://host or https://host:port.</source>
        <translation>Укажите его в виде https://host или https://host:port.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (it starts with %1://).</source>
        <translation>Адрес сервера должен начинаться с https:// (а начинается с %1://).</translation>
    </message>
    <message>
        <source>PartnerDesk sends passwords and data only over an encrypted connection.</source>
        <translation>PartnerDesk передает пароли и данные только по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address.</source>
        <translation>Не указывайте имя пользователя и пароль в адресе сервера.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>В %1 нет сертификата PEM.</translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server&apos;s certificate (a .pem or .crt file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Выберите сертификат центра сертификации, подписавшего сертификат сервера (файл .pem или .crt, начинающийся с -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The CA file for %1 cannot be read: %2</source>
        <translation>Не удается прочитать файл ЦС для %1: %2</translation>
    </message>
    <message>
        <source>Choose the file again in the sync account settings, or remove it.</source>
        <translation>Выберите файл заново в настройках учетной записи синхронизации или удалите его.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the database at PATH (created when missing).</source>
        <translation>Открыть базу данных по пути ПУТЬ (если ее нет, она будет создана).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>%1: the desktop workplace of partner managers.</source>
        <translation>%1 — рабочее место менеджера по работе с партнерами.</translation>
    </message>
    <message>
        <source>Start on the page NAME: dashboard, partners, review, deals, training, commissions or sync.</source>
        <translation>Открыть при запуске страницу ИМЯ: dashboard (Сводка), partners (Партнёры), review (Рассмотрение), deals (Сделки), training (Обучение), commissions (Комиссии) или sync (Синхронизация).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>--page: no page is called &quot;%1&quot;; the pages are dashboard, partners, review, deals, training, commissions and sync.</source>
        <translation>--page: страницы «%1» нет; есть страницы dashboard, partners, review, deals, training, commissions и sync.</translation>
    </message>
</context>
<context>
    <name>pd::cli::BackupCommand</name>
    <message>
        <source>List the backups of the database, newest first, each checked.</source>
        <translation>Показать резервные копии базы, сначала новые, проверив каждую.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days (default 7); saved.</source>
        <translation>Хранить самую новую копию за каждый из последних N дней (по умолчанию 7); настройка сохраняется.</translation>
    </message>
    <message>
        <source>Then keep the newest backup of each of N weeks before those (default 4); saved.</source>
        <translation>Кроме того, хранить самую новую копию за каждую из N недель до них (по умолчанию 4); настройка сохраняется.</translation>
    </message>
    <message>
        <source>Back up the database now, or list its backups.</source>
        <translation>Сделать резервную копию базы сейчас или показать список копий.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database (SQLite&apos;s VACUUM INTO, safe while PartnerDesk is writing)
into the folder &apos;backups&apos; beside it, checks the copy with SQLite&apos;s quick_check and prints its path.
Older backups are then thinned: the newest of each of the last 7 days that have one is kept, then
the newest of each of the 4 weeks before those (--keep-daily and --keep-weekly change these numbers
for the app too). PartnerDesk also backs up by itself before a schema upgrade, an import and a full
resync, and once a day while it runs.

With --list, prints one line per backup, newest first: its number (for &apos;restore&apos;), when it was made,
its size, why it was made and what it holds, or why it fails its check (such a backup cannot be
restored). Exits 1 when the backup folder cannot be written, naming it.</source>
        <translation>Записывает согласованную копию базы (VACUUM INTO из SQLite; безопасно, даже когда PartnerDesk пишет в неё)
в папку «backups» рядом с ней, проверяет копию командой quick_check из SQLite и печатает её путь.
Затем старые копии прореживаются: остаётся самая новая копия за каждый из последних 7 дней, когда они
делались, и самая новая за каждую из 4 недель до них (--keep-daily и --keep-weekly меняют эти числа
и для приложения). PartnerDesk и сам делает копию перед обновлением схемы, импортом и полной
синхронизацией, а также раз в день, пока он запущен.

С --list печатает по строке на копию, сначала новые: её номер (для «restore»), когда она сделана,
размер, зачем она сделана и что в ней, или почему она не прошла проверку (такую копию нельзя
восстановить). Завершается с кодом 1, если в папку для копий нельзя писать, и называет эту папку.</translation>
    </message>
    <message>
        <source>Backups kept from now on: %1 daily, %2 weekly.</source>
        <translation>Теперь хранятся копии: ежедневных — %1, еженедельных — %2.</translation>
    </message>
    <message>
        <source>Backup made and checked in %1 s: %2, %3.</source>
        <translation>Резервная копия сделана и проверена за %1 с: %2, %3.</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>Резервных копий %1 в %2 нет.</translation>
    </message>
    <message>
        <source>DAMAGED, cannot be restored: %1</source>
        <translation>ПОВРЕЖДЕНА, восстановить нельзя: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 fail their check and cannot be restored.</source>
        <translation>
            <numerusform>%n копия в %1 не проходит проверку, её нельзя восстановить.</numerusform>
            <numerusform>%n копии в %1 не проходят проверку, их нельзя восстановить.</numerusform>
            <numerusform>%n копий в %1 не проходят проверку, их нельзя восстановить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Проверить целостность базы данных и версию схемы.</translation>
    </message>
    <message>
        <source>ok: schema version %1, %2 partners</source>
        <translation>ok: версия схемы %1, партнеров: %2</translation>
    </message>
    <message>
        <source>Opens the database without changing it and runs SQLite&apos;s full integrity check and a check of its
references. Prints &quot;ok: schema version N, P partners&quot; and exits 0 when the file is sound;
otherwise prints the reason and exits 1. A damaged file is copied aside once (the message says
where; checking it again finds that copy rather than making another) and left in place; a database
from a newer PartnerDesk is left untouched.</source>
        <translation>Открывает базу данных, не изменяя ее, и выполняет полную проверку целостности SQLite и проверку
ссылок. Если файл в порядке, выводит «ok: schema version N, P partners» и завершается с кодом 0;
иначе выводит причину и завершается с кодом 1. Поврежденный файл копируется в сторону один раз
(сообщение говорит куда; повторная проверка находит эту копию, а не делает новую) и остается на месте;
база данных более новой версии PartnerDesk остается нетронутой.</translation>
    </message>
</context>
<context>
    <name>pd::cli::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>Для --db нужен путь к файлу.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;.</source>
        <translation>Команда «%1» не принимает аргумент «%2».</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Использование: %1 [--db ПУТЬ] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>%1 without a window, for scripts and cron: database checks, demo data and conflict reports.</source>
        <translation>%1 без окна, для скриптов и cron: проверка базы данных, демонстрационные данные и отчеты о конфликтах.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Show a command&apos;s options.</source>
        <translation>Показать параметры команды.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Успешно.</translation>
    </message>
    <message>
        <source>Data or user error: the message on stderr says what went wrong and where.</source>
        <translation>Ошибка в данных или действиях пользователя: сообщение в stderr говорит, что и где не так.</translation>
    </message>
    <message>
        <source>Usage error: unknown command or option, or a bad value; the message names it.</source>
        <translation>Ошибка использования: неизвестная команда или параметр либо неверное значение; сообщение называет его.</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Параметры команды: «%1 КОМАНДА --help».</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] %2</source>
        <translation>Использование: %1 [--db ПУТЬ] %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 data or user error, 2 usage error.</source>
        <translation>Коды завершения: 0 — успешно, 1 — ошибка в данных или действиях пользователя, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
</context>
<context>
    <name>pd::cli::CliContext</name>
    <message>
        <source>Run &apos;partnerdesk-cli --help&apos; for the commands and options.</source>
        <translation>Команды и параметры: «partnerdesk-cli --help».</translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli %1 --help&apos; for its options.</source>
        <translation>Параметры команды: «partnerdesk-cli %1 --help».</translation>
    </message>
</context>
<context>
    <name>pd::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3; got &apos;%4&apos;.</source>
        <translation>Для --%1 нужно целое число от %2 до %3; получено «%4».</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
</context>
<context>
    <name>pd::cli::CommissionCommand</name>
    <message>
        <source>The settlement period as YYYY-MM (required).</source>
        <translation>Расчетный период в виде ГГГГ-ММ (обязательно).</translation>
    </message>
    <message>
        <source>Only the lines of partner ID.</source>
        <translation>Только строки партнера с идентификатором ID.</translation>
    </message>
    <message>
        <source>Write the partner&apos;s statement for the period as PDF to FILE (needs --partner).</source>
        <translation>Записать отчет партнера за период в PDF в файл FILE (нужен --partner).</translation>
    </message>
    <message>
        <source>Recompute a settlement period and write its commission lines, a summary or a PDF statement.</source>
        <translation>Пересчитать расчетный период и записать строки комиссии, сводку или отчет в PDF.</translation>
    </message>
    <message>
        <source>Prices the period&apos;s consumption with the program rules in force then (recomputed first when the
period is open; a closed period is shown as settled) and writes, with --out, every commission
line as CSV, each with the rule and the tier that priced it, its consumption record and deal;
without --out, a summary table per partner on standard output. Amounts are RUB excluding VAT
as plain numbers (1234.56); each line is rounded to the kopeck, half away from zero, and the
lines add up to the total. Clawbacks and top-ups correct closed periods (corrects_period).
--pdf writes one partner&apos;s statement (with --partner). Columns:
  %1.</source>
        <translation>Оценивает потребление за период по правилам программы, действовавшим тогда (открытый период сначала
пересчитывается; закрытый показывается так, как был рассчитан), и записывает с --out каждую
строку комиссии в CSV — с правилом и статусом, по которым она рассчитана, записью о потреблении и сделкой;
без --out — сводную таблицу по партнерам в стандартный вывод. Суммы — в рублях без НДС
простыми числами (1234.56); каждая строка округляется до копейки, половина — от нуля, и
строки в сумме дают итог. Удержания и доначисления исправляют закрытые периоды (corrects_period).
--pdf записывает отчет одного партнера (с --partner). Столбцы:
  %1.</translation>
    </message>
    <message>
        <source>--period is required (YYYY-MM).</source>
        <translation>Нужен --period (ГГГГ-ММ).</translation>
    </message>
    <message>
        <source>--period must be a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--period должен быть месяцем в виде ГГГГ-ММ, а не «%1».</translation>
    </message>
    <message>
        <source>--pdf writes one partner&apos;s statement: give --partner ID too.</source>
        <translation>--pdf записывает отчет одного партнера: укажите также --partner ID.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics library, which this run did not start.</source>
        <translation>Для записи PDF нужна графическая библиотека, а в этом запуске она не запущена.</translation>
    </message>
    <message>
        <source>There is no partner %1.</source>
        <translation>Партнера %1 нет.</translation>
    </message>
    <message>
        <source>Recomputed %1: %2 consumption records, %3 lines (%4 corrections) in %5 ms.</source>
        <translation>Период %1 пересчитан: записей о потреблении — %2, строк — %3 (исправлений — %4) за %5 мс.</translation>
    </message>
    <message>
        <source>%1 is closed: its settled lines are shown as they were settled.</source>
        <translation>Период %1 закрыт: рассчитанные строки показаны в том виде, в каком они были рассчитаны.</translation>
    </message>
    <message>
        <source>Statement written to %1.</source>
        <translation>Отчет записан в %1.</translation>
    </message>
    <message>
        <source>Commission for %1 (%2)</source>
        <translation>Комиссия за %1 (%2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Total, RUB</source>
        <translation>Итого, руб.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1 RUB, written to %2.</source>
        <translation>
            <numerusform>%n строка, итого %1 руб., записана в %2.</numerusform>
            <numerusform>%n строки, итого %1 руб., записаны в %2.</numerusform>
            <numerusform>%n строк, итого %1 руб., записаны в %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::ConflictsCommand</name>
    <message>
        <source>Write the current conflicts between deal registrations as CSV.</source>
        <translation>Записать текущие конфликты между регистрациями сделок в CSV.</translation>
    </message>
    <message>
        <source>Lists every pair of registrations of different partners that claim the same customer and product
with overlapping protection, now, one row per pair; the first registration has priority (filed
first). Columns:
  %1.
matched_fields names the customer fields that matched (customer_inn, customer_name,
customer_email_domain), and common_products the products, each list separated by &quot;, &quot;. Times
are UTC, ISO 8601. The number of conflicts is printed on stderr; no conflicts is not an error.</source>
        <translation>Перечисляет все пары регистраций разных партнеров, которые сейчас претендуют на одного клиента и продукт
с пересекающимися сроками защиты, по одной строке на пару; приоритет у первой регистрации (подана
раньше). Столбцы:
  %1.
matched_fields называет совпавшие поля клиента (customer_inn, customer_name,
customer_email_domain), common_products — общие продукты; элементы списков разделены «, ». Время
указано в UTC, ISO 8601. Число конфликтов выводится в stderr; отсутствие конфликтов — не ошибка.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) written to %1.</source>
        <translation>
            <numerusform>%n конфликт записан в %1.</numerusform>
            <numerusform>%n конфликта записаны в %1.</numerusform>
            <numerusform>%n конфликтов записаны в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n конфликт.</numerusform>
            <numerusform>%n конфликта.</numerusform>
            <numerusform>%n конфликтов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::CsvOutput</name>
    <message>
        <source>Write the CSV to FILE (replaced only when complete) instead of stdout.</source>
        <translation>Записать CSV в файл FILE (он заменяется только целиком) вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>The field delimiter: &apos;,&apos; (default) or &apos;;&apos;.</source>
        <translation>Разделитель полей: «,» (по умолчанию) или «;».</translation>
    </message>
    <message>
        <source>Leave out the UTF-8 byte order mark (kept by default for Excel).</source>
        <translation>Не записывать метку порядка байтов UTF-8 (по умолчанию она есть — для Excel).</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &quot;%1&quot;.</source>
        <translation>--delimiter должен быть «,» или «;», а не «%1».</translation>
    </message>
    <message>
        <source>--out needs a file path.</source>
        <translation>Для --out нужен путь к файлу.</translation>
    </message>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>Не удалось записать в стандартный вывод.</translation>
    </message>
</context>
<context>
    <name>pd::cli::DemoCommand</name>
    <message>
        <source>The seed: the same seed gives the same data (default: 1).</source>
        <translation>Начальное значение генератора: одно и то же значение дает одни и те же данные (по умолчанию: 1).</translation>
    </message>
    <message>
        <source>How many partners to make (default: 200).</source>
        <translation>Сколько партнеров создать (по умолчанию: 200).</translation>
    </message>
    <message>
        <source>How many deal registrations to make (default: 0), filed by the partners with a signed agreement.</source>
        <translation>Сколько регистраций сделок создать (по умолчанию: 0); их подают партнеры с подписанным договором.</translation>
    </message>
    <message>
        <source>Fill a new or empty database with realistic demo data.</source>
        <translation>Заполнить новую или пустую базу данных правдоподобными демонстрационными данными.</translation>
    </message>
    <message>
        <source>demo: %1 of %2 partners made</source>
        <translation>демо: создано партнеров: %1 из %2</translation>
    </message>
    <message>
        <source>demo: %1 of %2 deals made</source>
        <translation>демо: создано сделок: %1 из %2</translation>
    </message>
    <message>
        <source>Made %1 demo partners (seed %2) in %3 in %4 s:</source>
        <translation>Создано демонстрационных партнеров: %1 (начальное значение %2) в %3 за %4 с:</translation>
    </message>
    <message>
        <source>  %1 Partners, %2 White Label partners, %3 Agents; %4 sole proprietors;</source>
        <translation>  партнеров: %1, партнеров White Label: %2, агентов: %3; ИП: %4;</translation>
    </message>
    <message>
        <source>  %1 with a signed agreement; %2 contacts.</source>
        <translation>  с подписанным договором: %1; контактов: %2.</translation>
    </message>
    <message>
        <source>  %1 courses, %2 enrolments, %3 Sale and Pre-Sale certificates, %4 software compatibility tracks.</source>
        <translation>  курсов: %1, записей на курсы: %2, сертификатов «Продажи» и «Пресейл»: %3, сертификаций совместимости ПО: %4.</translation>
    </message>
    <message>
        <source>  %1 deal registrations: %2 new, %3 awaiting review, %4 in review, %5 in confirmation, %6 returned, %7 rejected, %8 registered (%9 won, %10 lost);</source>
        <translation>  регистраций сделок: %1: новых — %2, ожидают рассмотрения — %3, на рассмотрении — %4, на подтверждении — %5, возвращено — %6, отклонено — %7, зарегистрировано — %8 (выиграно — %9, проиграно — %10);</translation>
    </message>
    <message>
        <source>  %1 protection extensions, %2 feedback entries, %3 registrations filed against another partner&apos;s.</source>
        <translation>  продлений защиты: %1, отчетов по сделкам: %2, регистраций в пику регистрации другого партнера: %3.</translation>
    </message>
    <message>
        <source>  %1 consumption records of %2 customers over %3 months (%4 in USD or EUR at stored rates, %5 refunds); %6 won Agent deals with pre-sale.</source>
        <translation>  записей о потреблении: %1 по %2 клиентам за %3 мес. (в USD или EUR по сохраненным курсам — %4, возвратов — %5); выигранных сделок агентов с пресейлом: %6.</translation>
    </message>
    <message numerus="yes">
        <source>  Commission: %1 lines, %2 RUB; %3 periods closed, %4 open; %n correction line(s) from a late refund in a closed period.</source>
        <translation>
            <numerusform>  Комиссия: строк — %1, %2 руб.; закрыто периодов — %3, открыто — %4; %n строка исправления из-за позднего возврата в закрытом периоде.</numerusform>
            <numerusform>  Комиссия: строк — %1, %2 руб.; закрыто периодов — %3, открыто — %4; %n строки исправлений из-за позднего возврата в закрытом периоде.</numerusform>
            <numerusform>  Комиссия: строк — %1, %2 руб.; закрыто периодов — %3, открыто — %4; %n строк исправлений из-за позднего возврата в закрытом периоде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the database if it does not exist and fills it with demo partners: Russian companies and
sole proprietors with valid, unique INNs, every role, tier and onboarding stage, and their contacts.
With --deals, the partners with a signed agreement also register deals over the two years before
%1: customers with and without INNs, every application state and outcome, protection extensions,
monthly feedback (some overdue) and a few deliberate conflicts between partners.
The same seed gives the same data in any file. Demo records are recorded in the audit log (actor
&quot;demo&quot;; deals only up to %2 of them). They stay on this computer: sync never sends them, nor
anything added under a demo partner; partners you add yourself sync as usual. A database that
already holds partners is refused unchanged, and a cancelled or failed run writes nothing.</source>
        <translation>Создаёт базу данных, если её нет, и заполняет её демонстрационными партнёрами: российскими компаниями и
ИП с правильными уникальными ИНН, всех ролей, статусов и этапов подключения, с их контактами.
С --deals партнёры с подписанным договором также регистрируют сделки за два года до
%1: клиенты с ИНН и без, все состояния и исходы заявок, продления защиты,
ежемесячные отчёты (часть просрочена) и несколько намеренных конфликтов между партнёрами.
Одно и то же начальное значение даёт одни и те же данные в любом файле. Демонстрационные записи попадают в журнал
изменений (автор «demo»; сделки — только если их не больше %2). Они остаются на этом компьютере: синхронизация не отправляет
ни их, ни то, что добавлено к демонстрационным партнёрам; партнёры, которых вы добавите сами, синхронизируются как обычно.
База данных, в которой уже есть партнёры, не изменяется, а отменённый или неудачный запуск ничего не записывает.</translation>
    </message>
    <message>
        <source>Demo partners are in the audit log (actor &quot;demo&quot;); deals are not (more than %1). Demo records stay on this computer: sync never sends them, nor anything added under a demo partner.</source>
        <translation>Демонстрационные партнёры есть в журнале изменений (автор «demo»), сделки — нет (их больше %1). Демонстрационные записи остаются на этом компьютере: синхронизация не отправляет ни их, ни то, что добавлено к демонстрационным партнёрам.</translation>
    </message>
    <message>
        <source>Demo records are in the audit log (actor &quot;demo&quot;). They stay on this computer: sync never sends them, nor anything added under a demo partner.</source>
        <translation>Демонстрационные записи есть в журнале изменений (автор «demo»). Они остаются на этом компьютере: синхронизация не отправляет ни их, ни то, что добавлено к демонстрационным партнёрам.</translation>
    </message>
</context>
<context>
    <name>pd::cli::ExportCommand</name>
    <message>
        <source>Write a whole table as CSV (the columns import reads back).</source>
        <translation>Записать всю таблицу в CSV (со столбцами, которые читает импорт).</translation>
    </message>
    <message>
        <source>Writes every row of TABLE (%1) as CSV: RFC 4180 quoting, UTF-8 with a BOM unless --no-bom,
cells that a spreadsheet would run as a formula (= + - @) written with a leading apostrophe
(import removes it again). Money is 1234.56, dates YYYY-MM-DD, times UTC. With --out the file
appears only when complete. The number of rows is printed on stderr.
</source>
        <translation>Записывает все строки таблицы TABLE (%1) в CSV: кавычки по RFC 4180, UTF-8 с BOM, если не указан --no-bom,
ячейки, которые электронная таблица выполнила бы как формулу (= + - @), записываются с апострофом в начале
(импорт его снова убирает). Деньги — 1234.56, даты — ГГГГ-ММ-ДД, время — UTC. С --out файл
появляется только целиком. Число строк выводится в stderr.
</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>export needs a TABLE: %1.</source>
        <translation>Для export нужна таблица TABLE: %1.</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;; choose one of %2.</source>
        <translation>Неизвестная таблица «%1»; выберите одну из: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n строка записана в %1.</numerusform>
            <numerusform>%n строки записаны в %1.</numerusform>
            <numerusform>%n строк записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportCommand</name>
    <message>
        <source>Check every row and report what would change; change nothing.</source>
        <translation>Проверить каждую строку и сообщить, что изменится; ничего не менять.</translation>
    </message>
    <message>
        <source>Import a CSV file into a table, all or nothing.</source>
        <translation>Импортировать CSV-файл в таблицу — целиком или никак.</translation>
    </message>
    <message>
        <source>Imports FILE into TABLE (%1). Line 1 names the columns, in English or Russian and in any
order; unknown columns are reported and ignored. The delimiter (&apos;,&apos; or &apos;;&apos;) is found from line 1;
the file must be UTF-8 (with or without a BOM). Every row is checked by the same rules as the
app; when any row is wrong, each is printed as FILE:LINE: column: reason and nothing is imported
(exit code 1). Rows are matched to stored records by their natural key (partners by INN; people
by partner INN and name; certificates by person, competence and issue date; deals by ID, or
partner, customer, expected quarter and products; consumption by customer INN, month, service
category and project), so importing the same file again changes nothing.
</source>
        <translation>Импортирует файл FILE в таблицу TABLE (%1). Строка 1 называет столбцы, по-английски или по-русски и в любом
порядке; о неизвестных столбцах сообщается, и они пропускаются. Разделитель («,» или «;») определяется по строке 1;
файл должен быть в UTF-8 (с BOM или без). Каждая строка проверяется по тем же правилам, что и в
приложении; если хоть одна строка неверна, каждая ошибка выводится как ФАЙЛ:СТРОКА: столбец: причина, и ничего не импортируется
(код завершения 1). Строки сопоставляются с сохраненными записями по естественному ключу (партнеры — по ИНН; люди —
по ИНН партнера и имени; сертификаты — по человеку, компетенции и дате выдачи; сделки — по ID либо по
партнеру, клиенту, ожидаемому кварталу и продуктам; потребление — по ИНН клиента, месяцу, категории услуги
и проекту), поэтому повторный импорт того же файла ничего не меняет.
</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>import needs a TABLE (%1) and a FILE.</source>
        <translation>Для import нужны таблица TABLE (%1) и файл FILE.</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;; choose one of %2.</source>
        <translation>Неизвестная таблица «%1»; выберите одну из: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>%1: ignored unknown column(s): %2</source>
        <translation>%1: пропущены неизвестные столбцы: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и еще %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1; correct them and import again.</source>
        <translation>
            <numerusform>Ничего не импортировано: в %1 %n ошибка; исправьте ее и повторите импорт.</numerusform>
            <numerusform>Ничего не импортировано: в %1 %n ошибки; исправьте их и повторите импорт.</numerusform>
            <numerusform>Ничего не импортировано: в %1 %n ошибок; исправьте их и повторите импорт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed. %1</source>
        <translation>Пробный запуск, ничего не изменено. %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2. %3</source>
        <translation>%1 импортирован в %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n строка: новых — %1, изменено — %2, без изменений — %3.</numerusform>
            <numerusform>%n строки: новых — %1, изменено — %2, без изменений — %3.</numerusform>
            <numerusform>%n строк: новых — %1, изменено — %2, без изменений — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Backup made before the import: %1</source>
        <translation>Перед импортом сделана резервная копия: %1</translation>
    </message>
</context>
<context>
    <name>pd::cli::RestoreCommand</name>
    <message>
        <source>Put a backup in place of the database, keeping the current file aside.</source>
        <translation>Заменить базу резервной копией, сохранив текущий файл рядом.</translation>
    </message>
    <message>
        <source>Replaces the database with BACKUP: a backup file, or its number in &apos;backup --list&apos; (1 is the
newest). The backup is checked first; one that fails its check is refused. The current file is
never deleted: it is renamed to FILE.before-restore-DATE-TIME beside it (printed). A database that
is open in PartnerDesk or another program is refused: close it there first.</source>
        <translation>Заменяет базу копией BACKUP: файлом копии или её номером в «backup --list» (1 — самая
новая). Сначала копия проверяется; не прошедшую проверку команда отклоняет. Текущий файл
никогда не удаляется: он переименовывается в FILE.before-restore-ДАТА-ВРЕМЯ рядом (имя печатается). Базу,
открытую в PartnerDesk или другой программе, команда не трогает: сначала закройте её там.</translation>
    </message>
    <message>
        <source>Name the backup to restore: a file, or its number in &apos;backup --list&apos;.</source>
        <translation>Укажите копию для восстановления: файл или её номер в «backup --list».</translation>
    </message>
    <message>
        <source>There is no backup number %1 of %2 (there are %3).</source>
        <translation>Резервной копии %2 с номером %1 нет (всего копий: %3).</translation>
    </message>
    <message>
        <source>Run &apos;%1 backup --list&apos; to see them.</source>
        <translation>Их список покажет «%1 backup --list».</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Файл %1 восстановлен из %2.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>Прежний файл сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>pd::cli::SyncCommand</name>
    <message>
        <source>The sync server, e.g. https://sync.example.com:8443.</source>
        <translation>Сервер синхронизации, например https://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>Your user name on the server.</source>
        <translation>Ваше имя пользователя на сервере.</translation>
    </message>
    <message>
        <source>A CA certificate file (PEM) that signed a self-hosted server&apos;s certificate.</source>
        <translation>Файл сертификата ЦС (PEM), которым подписан сертификат собственного сервера.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint for this run (as printed when it was refused).</source>
        <translation>Доверять сертификату сервера с этим отпечатком SHA-256 в этом запуске (он выводится, когда сертификат отклонен).</translation>
    </message>
    <message>
        <source>Let the pull delete more than half of the local records (after a server-side clean-up).</source>
        <translation>Разрешить получению удалить больше половины локальных записей (после очистки на сервере).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 30).</source>
        <translation>Сколько секунд ждать каждого ответа (по умолчанию: 30).</translation>
    </message>
    <message>
        <source>Retry a run that failed for the network or the server this many times, with growing pauses (default: 0).</source>
        <translation>Сколько раз повторять запуск, не удавшийся из-за сети или сервера, с растущими паузами (по умолчанию: 0).</translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation>Нужен --server URL.</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>Нужен --user ИМЯ.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Файл ЦС %1 не существует.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Повтор через %2 с.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused; nothing was sent (no password, no data).</source>
        <translation>Сертификат сервера отклонен; ничего не отправлено (ни пароль, ни данные).</translation>
    </message>
    <message>
        <source>  Server:      %1</source>
        <translation>  Сервер:      %1</translation>
    </message>
    <message>
        <source>  Subject:     %1</source>
        <translation>  Субъект:     %1</translation>
    </message>
    <message>
        <source>  Issuer:      %1</source>
        <translation>  Издатель:    %1</translation>
    </message>
    <message>
        <source>  Valid:       %1 to %2</source>
        <translation>  Действует:   с %1 по %2</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256:     %1</translation>
    </message>
    <message>
        <source>  Problem:     %1</source>
        <translation>  Проблема:    %1</translation>
    </message>
    <message>
        <source>If you know this certificate is the server&apos;s, pass --ca FILE with the CA that signed it, or --trust-fingerprint %1.</source>
        <translation>Если вы знаете, что это сертификат сервера, укажите --ca FILE с подписавшим его ЦС или --trust-fingerprint %1.</translation>
    </message>
    <message>
        <source>Refused: run again with --allow-mass-delete if the server&apos;s deletions are intended.</source>
        <translation>Отклонено: запустите снова с --allow-mass-delete, если удаления на сервере сделаны намеренно.</translation>
    </message>
    <message>
        <source>%1 and %2 wait for you on the Sync page of the app.</source>
        <translation>На странице «Синхронизация» в приложении вас ждут: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n отклоненное изменение</numerusform>
            <numerusform>%n отклоненных изменения</numerusform>
            <numerusform>%n отклоненных изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes per page of the pull (1 to %1, default: %2).</source>
        <translation>Изменений на странице при получении (от 1 до %1, по умолчанию %2).</translation>
    </message>
    <message>
        <source>Print the log of past sync runs as CSV, newest first, instead of syncing.</source>
        <translation>Вывести журнал прошлых синхронизаций в CSV (сначала новые) вместо синхронизации.</translation>
    </message>
    <message>
        <source>With --log: at most N runs (default: 100; the log keeps the last %1).</source>
        <translation>С --log: не больше N запусков (по умолчанию 100; журнал хранит последние %1).</translation>
    </message>
    <message>
        <source>With --log: only the runs that did not sync fully.</source>
        <translation>С --log: только запуски, которые не синхронизировали всё.</translation>
    </message>
    <message>
        <source>Sync with a PartnerDesk server: push local changes, pull the team&apos;s; --log lists past runs.</source>
        <translation>Синхронизация с сервером PartnerDesk: отправить локальные изменения, получить изменения команды; --log выводит прошлые запуски.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) written to %1.</source>
        <translation>
            <numerusform>%n запуск синхронизации записан в %1.</numerusform>
            <numerusform>%n запуска синхронизации записаны в %1.</numerusform>
            <numerusform>%n запусков синхронизации записаны в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s).</source>
        <translation>
            <numerusform>%n запуск синхронизации.</numerusform>
            <numerusform>%n запуска синхронизации.</numerusform>
            <numerusform>%n запусков синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks the server&apos;s certificate before anything is sent, signs in (password from
PARTNERDESK_PASSWORD or asked without echo), pushes the queued local changes, then pulls the
server&apos;s changes. Prints pushed, pulled, merged, conflicts and rejected (the last two are
what remains open for a person to decide in the app), and not stored: the server&apos;s records this
database could not store, each with its entity, id and reason.
Exit codes: 0 fully synced, 1 error (certificate, sign-in, network, a refused mass delete),
2 usage, 3 conflicts, rejected changes or records not stored remain.
With --log, prints the runs this database remembers instead (newest first, times UTC ISO 8601),
in the columns:
  %1.
outcome is one of synced, needs_attention, offline, certificate_refused, sign_in_needed,
mass_delete_pending, failed, cancelled; conflicts and rejected count the new ones of that run.</source>
        <translation>Проверяет сертификат сервера до отправки чего-либо, выполняет вход (пароль из
PARTNERDESK_PASSWORD или запрашивается без отображения), отправляет накопленные локальные изменения, затем получает
изменения с сервера. Выводит число отправленных, полученных, объединённых изменений, конфликтов и отклонённых (последние два —
то, что остаётся решить человеку в приложении), а также not stored: записи сервера, которые эта база не смогла сохранить,
каждую с сущностью, идентификатором и причиной.
Коды завершения: 0 — всё синхронизировано, 1 — ошибка (сертификат, вход, сеть, отклонённое массовое удаление),
2 — ошибка использования, 3 — остались конфликты, отклонённые изменения или несохранённые записи.
С --log вместо этого выводит запуски, которые помнит эта база (сначала новые, время в UTC, ISO 8601),
в столбцах:
  %1.
outcome — одно из synced, needs_attention, offline, certificate_refused, sign_in_needed,
mass_delete_pending, failed, cancelled; conflicts и rejected — новые за этот запуск.</translation>
    </message>
</context>
<context>
    <name>pd::cli::TiersCommand</name>
    <message>
        <source>Evaluate on DATE (YYYY-MM-DD) instead of today (UTC).</source>
        <translation>Оценить на дату DATE (ГГГГ-ММ-ДД) вместо сегодняшней (UTC).</translation>
    </message>
    <message>
        <source>Write every partner&apos;s tier verdict on a date as CSV, with its criteria.</source>
        <translation>Записать в CSV решение о статусе каждого партнера на дату с его критериями.</translation>
    </message>
    <message>
        <source>Evaluates every partner&apos;s status (tier) on a date with the program rules in force then: the
current tier, the tier its metrics qualify for, the recommended tier (grace period included)
and the change. For each tier and criterion the CSV has the required value, the actual value
and whether it passes (sales in kopecks excluding VAT, trailing 12 months of won registered
deals). Agents have no tier: their criterion columns are empty. at_risk_certificates lists the
certificates whose expiry within 90 days would cost the partner its tier. Columns:
  %1.</source>
        <translation>Оценивает статус каждого партнера на дату по правилам программы, действовавшим тогда:
текущий статус, статус, которому соответствуют его показатели, рекомендуемый статус (с учетом льготного периода)
и изменение. Для каждого статуса и критерия в CSV есть требуемое значение, фактическое значение
и выполнен ли критерий (продажи в копейках без НДС за последние 12 месяцев по выигранным зарегистрированным
сделкам). У агентов нет статуса: их столбцы критериев пусты. at_risk_certificates перечисляет
сертификаты, истечение которых в ближайшие 90 дней лишило бы партнера статуса. Столбцы:
  %1.</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of должен быть датой в виде ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) evaluated on %1, written to %2.</source>
        <translation>
            <numerusform>Оценен %n партнер на %1, записано в %2.</numerusform>
            <numerusform>Оценено %n партнера на %1, записано в %2.</numerusform>
            <numerusform>Оценено %n партнеров на %1, записано в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) evaluated on %1.</source>
        <translation>
            <numerusform>Оценен %n партнер на %1.</numerusform>
            <numerusform>Оценено %n партнера на %1.</numerusform>
            <numerusform>Оценено %n партнеров на %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::demo::ConsumptionDemo</name>
    <message>
        <source>write demo consumption</source>
        <translation>записать демонстрационное потребление</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>Создание демонстрационных данных отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not write demo consumption; nothing was written.</source>
        <translation>Не удалось записать демонстрационное потребление; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>pd::demo::DeferredIndexes</name>
    <message>
        <source>read the schema</source>
        <translation>прочитать схему</translation>
    </message>
    <message>
        <source>prepare the bulk insert</source>
        <translation>подготовить массовую вставку</translation>
    </message>
    <message>
        <source>re-create the index %1</source>
        <translation>заново создать индекс %1</translation>
    </message>
    <message>
        <source>rebuild the search index %1</source>
        <translation>перестроить поисковый индекс %1</translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoData</name>
    <message>
        <source>None of the %1 demo partners has a signed agreement, so none may register deals.</source>
        <translation>Ни у одного из %1 демонстрационных партнеров нет подписанного договора, поэтому никто не может регистрировать сделки.</translation>
    </message>
    <message>
        <source>Nothing was written. Ask for more partners (200 or more always include some).</source>
        <translation>Ничего не записано. Запросите больше партнеров (среди 200 и более такие всегда есть).</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>Создание демонстрационных данных отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>The demo generator made an invalid registration for %1: %2</source>
        <translation>Генератор демонстрационных данных создал неверную регистрацию для %1: %2</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this.</source>
        <translation>Ничего не записано. Пожалуйста, сообщите об этой ошибке.</translation>
    </message>
    <message>
        <source>Could not write demo deals into %1; nothing was written.</source>
        <translation>Не удалось записать демонстрационные сделки в %1; ничего не записано.</translation>
    </message>
    <message>
        <source>The demo generator made an invalid enrolment: %1</source>
        <translation>Генератор демонстрационных данных создал неверную запись на курс: %1</translation>
    </message>
    <message>
        <source>The demo generator made an invalid compatibility track: %1</source>
        <translation>Генератор демонстрационных данных создал неверную сертификацию совместимости: %1</translation>
    </message>
    <message>
        <source>The number of demo partners must be between 0 and %1; %2 was asked for.</source>
        <translation>Число демонстрационных партнеров должно быть от 0 до %1; запрошено %2.</translation>
    </message>
    <message>
        <source>The number of demo deals must be between 0 and %1; %2 was asked for.</source>
        <translation>Число демонстрационных сделок должно быть от 0 до %1; запрошено %2.</translation>
    </message>
    <message>
        <source>The database %1 already holds partners (%2); demo data goes only into an empty database.</source>
        <translation>В базе данных %1 уже есть партнеры (%2); демонстрационные данные записываются только в пустую базу.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a new file for the demo data.</source>
        <translation>Ничего не изменено. Выберите для демонстрационных данных новый файл.</translation>
    </message>
    <message>
        <source>Could not write demo data into %1: the database is busy or read-only.</source>
        <translation>Не удалось записать демонстрационные данные в %1: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>Could not write the demo courses into %1; nothing was written.</source>
        <translation>Не удалось записать демонстрационные курсы в %1; ничего не записано.</translation>
    </message>
    <message>
        <source>The demo generator made an invalid partner %1: %2</source>
        <translation>Генератор демонстрационных данных создал неверного партнера %1: %2</translation>
    </message>
    <message>
        <source>Could not write demo data into %1; nothing was written.</source>
        <translation>Не удалось записать демонстрационные данные в %1; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not write the demo training of %1 into %2; nothing was written.</source>
        <translation>Не удалось записать демонстрационные данные об обучении %1 в %2; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not list the conflicting demo deals; nothing was written.</source>
        <translation>Не удалось получить список конфликтующих демонстрационных сделок; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not write the demo consumption and commission into %1; nothing was written.</source>
        <translation>Не удалось записать демонстрационное потребление и комиссию в %1; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not save demo data into %1; nothing was written.</source>
        <translation>Не удалось сохранить демонстрационные данные в %1; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoWriter</name>
    <message>
        <source>prepare the demo partners</source>
        <translation>подготовить демонстрационных партнеров</translation>
    </message>
    <message>
        <source>prepare the demo contacts</source>
        <translation>подготовить демонстрационные контакты</translation>
    </message>
    <message>
        <source>write demo data</source>
        <translation>записать демонстрационные данные</translation>
    </message>
</context>
<context>
    <name>pd::demo::TrainingWriter</name>
    <message>
        <source>prepare the demo training records</source>
        <translation>подготовить демонстрационные записи об обучении</translation>
    </message>
    <message>
        <source>write the demo training records</source>
        <translation>записать демонстрационные записи об обучении</translation>
    </message>
</context>
<context>
    <name>pd::domain::Commission</name>
    <message>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Базы данных</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>AI and ML</source>
        <translation>ИИ и ML</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Прочие услуги</translation>
    </message>
    <message>
        <source>Paid with bonus rubles</source>
        <translation>Оплачено бонусными рублями</translation>
    </message>
    <message>
        <source>Marketplace products</source>
        <translation>Продукты маркетплейса</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Лицензии сторонних вендоров</translation>
    </message>
    <message>
        <source>Infrastructure administration services</source>
        <translation>Услуги администрирования инфраструктуры</translation>
    </message>
    <message>
        <source>Base partner discount</source>
        <translation>Базовая партнерская скидка</translation>
    </message>
    <message>
        <source>Registered deal discount</source>
        <translation>Скидка за зарегистрированную сделку</translation>
    </message>
    <message>
        <source>Agent percentage</source>
        <translation>Процент агента</translation>
    </message>
    <message>
        <source>Pre-sale reward</source>
        <translation>Вознаграждение за пресейл</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Доначисление</translation>
    </message>
</context>
<context>
    <name>pd::domain::Conflicts</name>
    <message>
        <source>customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <source>customer e-mail domain</source>
        <translation>почтовый домен клиента</translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>name «%1» = «%2»</source>
        <translation>название «%1» = «%2»</translation>
    </message>
    <message>
        <source>e-mail domain %1</source>
        <translation>почтовый домен %1</translation>
    </message>
    <message>
        <source>Same customer (%1); both claim %2 from %3 to %4. «%5» filed first (%6) and has priority over «%7».</source>
        <translation>Один и тот же клиент (%1); оба претендуют на %2 с %3 по %4. «%5» подал регистрацию первым (%6) и имеет приоритет перед «%7».</translation>
    </message>
    <message>
        <source>«%1» is already registered to «%2» for %3 until %4 (matched: %5). Only one registration per customer and product can be registered at a time.</source>
        <translation>«%1» уже зарегистрирован за «%2» по продукту %3 до %4 (совпало: %5). Для одного клиента и продукта одновременно может быть зарегистрирована только одна регистрация.</translation>
    </message>
    <message>
        <source>«%1» filed a registration for the same customer and %2 earlier (on %3; matched: %4) and has priority: decide on that registration first.</source>
        <translation>«%1» раньше подал регистрацию на того же клиента и %2 (%3; совпало: %4) и имеет приоритет: сначала примите решение по той регистрации.</translation>
    </message>
</context>
<context>
    <name>pd::domain::Deal</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ожидает рассмотрения</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Returned to partner</source>
        <translation>Возвращена партнеру</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Monthly status</source>
        <translation>Ежемесячный статус</translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation>Запрос на продление</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Pilot testing</source>
        <translation>Пилотное тестирование</translation>
    </message>
    <message>
        <source>Implementation and integration</source>
        <translation>Внедрение и интеграция</translation>
    </message>
    <message>
        <source>Awaiting decision, approval or budget</source>
        <translation>Ожидание решения, согласования или бюджета</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Refused, not relevant or closed</source>
        <translation>Отказ, неактуально или закрыто</translation>
    </message>
</context>
<context>
    <name>pd::domain::DealRules</name>
    <message>
        <source>Not registered</source>
        <translation>Не зарегистрирована</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <source>Protection lapsed</source>
        <translation>Защита истекла</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>The registration is already «%1».</source>
        <translation>Регистрация уже в состоянии «%1».</translation>
    </message>
    <message>
        <source>The registration is already registered; what remains is to win or lose the deal.</source>
        <translation>Регистрация уже зарегистрирована; остается выиграть или проиграть сделку.</translation>
    </message>
    <message>
        <source>The registration was rejected; a rejection is final. The partner can file a new registration.</source>
        <translation>Регистрация отклонена; отказ окончателен. Партнер может подать новую регистрацию.</translation>
    </message>
    <message>
        <source>A new registration must first be submitted for review (to «%1»).</source>
        <translation>Новую регистрацию нужно сначала отправить на рассмотрение (в состояние «%1»).</translation>
    </message>
    <message>
        <source>The registration was returned to the partner; it can only be resubmitted for review.</source>
        <translation>Регистрация возвращена партнеру; ее можно только снова отправить на рассмотрение.</translation>
    </message>
    <message>
        <source>A registration cannot go from «%1» to «%2».</source>
        <translation>Регистрация не может перейти из состояния «%1» в «%2».</translation>
    </message>
    <message>
        <source>A rejection needs a reason for the partner.</source>
        <translation>Для отказа нужна причина для партнера.</translation>
    </message>
    <message>
        <source>Returning a registration needs a comment that tells the partner what to change.</source>
        <translation>Для возврата регистрации нужен комментарий: что партнеру изменить.</translation>
    </message>
    <message>
        <source>Only a registered deal can be won or lost; this one is «%1».</source>
        <translation>Выиграть или проиграть можно только зарегистрированную сделку; эта — «%1».</translation>
    </message>
    <message>
        <source>The deal is already closed as «%1».</source>
        <translation>Сделка уже закрыта как «%1».</translation>
    </message>
    <message>
        <source>The deal is already in progress.</source>
        <translation>Сделка уже в работе.</translation>
    </message>
    <message>
        <source>Only a registered deal&apos;s protection can be extended.</source>
        <translation>Продлить защиту можно только у зарегистрированной сделки.</translation>
    </message>
    <message>
        <source>The deal is closed; its protection has ended.</source>
        <translation>Сделка закрыта; ее защита закончилась.</translation>
    </message>
    <message>
        <source>The protection has already lapsed; it can no longer be extended.</source>
        <translation>Защита уже истекла; продлить ее больше нельзя.</translation>
    </message>
    <message>
        <source>An extension request is already waiting for a decision.</source>
        <translation>Запрос на продление уже ждет решения.</translation>
    </message>
    <message numerus="yes">
        <source>The protection has been extended %n time(s) already, the most the program allows.</source>
        <translation>
            <numerusform>Защита уже продлевалась %n раз — это максимум, который допускает программа.</numerusform>
            <numerusform>Защита уже продлевалась %n раза — это максимум, который допускает программа.</numerusform>
            <numerusform>Защита уже продлевалась %n раз — это максимум, который допускает программа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::domain::Inn</name>
    <message>
        <source>INN %1 has a wrong check digit: it is not a valid taxpayer number.</source>
        <translation>В ИНН %1 неверная контрольная цифра: это не действительный ИНН.</translation>
    </message>
    <message>
        <source>INN %1 has wrong check digits: it is not a valid taxpayer number.</source>
        <translation>В ИНН %1 неверные контрольные цифры: это не действительный ИНН.</translation>
    </message>
    <message>
        <source>INN is required.</source>
        <translation>Нужен ИНН.</translation>
    </message>
    <message>
        <source>INN may contain digits only.</source>
        <translation>ИНН может содержать только цифры.</translation>
    </message>
    <message>
        <source>INN must have 10 digits (legal entity) or 12 digits (sole proprietor); this one has %1.</source>
        <translation>ИНН должен содержать 10 цифр (юрлицо) или 12 цифр (ИП); в этом — %1.</translation>
    </message>
    <message>
        <source>The INN of a sole proprietor has 12 digits; this one has %1.</source>
        <translation>ИНН индивидуального предпринимателя содержит 12 цифр; в этом — %1.</translation>
    </message>
    <message>
        <source>The INN of a legal entity has 10 digits; this one has %1.</source>
        <translation>ИНН юридического лица содержит 10 цифр; в этом — %1.</translation>
    </message>
</context>
<context>
    <name>pd::domain::Partner</name>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>Индивидуальный предприниматель</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>White Label partner</source>
        <translation>Партнер White Label</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Без статуса</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платиновый</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Model agreed</source>
        <translation>Модель согласована</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Постоплата</translation>
    </message>
</context>
<context>
    <name>pd::domain::PartnerRules</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.ru).</source>
        <translation>«%1» — не адрес электронной почты (ожидается имя@example.ru).</translation>
    </message>
    <message>
        <source>A phone number may contain digits, spaces, brackets, dashes and a leading +.</source>
        <translation>Номер телефона может содержать цифры, пробелы, скобки, дефисы и + в начале.</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits; this one has %1.</source>
        <translation>В номере телефона от 5 до 15 цифр; в этом — %1.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>У контакта должно быть имя.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>У партнера должно быть название.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Название длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The registration date is required.</source>
        <translation>Нужна дата регистрации.</translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation>Дата регистрации не может быть в будущем.</translation>
    </message>
    <message>
        <source>Agents have no status: only Partners and White Label partners do.</source>
        <translation>У агентов нет статуса: он есть только у партнеров и партнеров White Label.</translation>
    </message>
    <message>
        <source>A status is given only after the partner agreement is signed.</source>
        <translation>Статус присваивается только после подписания партнерского договора.</translation>
    </message>
    <message>
        <source>A sole proprietor can be an Agent only after more than one year since registration (registered on %1).</source>
        <translation>ИП может стать агентом только спустя более года после регистрации (зарегистрирован %1).</translation>
    </message>
    <message>
        <source>A White Label partner needs the brand name it resells under.</source>
        <translation>Партнеру White Label нужно название бренда, под которым он перепродает услуги.</translation>
    </message>
    <message>
        <source>The price markup must be between 0 % and %1 %.</source>
        <translation>Наценка должна быть от 0 % до %1 %.</translation>
    </message>
</context>
<context>
    <name>pd::domain::TierEngine</name>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Pre-Sale</source>
        <translation>Пресейл</translation>
    </message>
    <message>
        <source>Partner agreement</source>
        <translation>Партнерский договор</translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>Продажи за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation>Сертифицированные специалисты</translation>
    </message>
    <message>
        <source>Pre-Sale specialists</source>
        <translation>Специалисты по пресейлу</translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation>Выигранные зарегистрированные сделки</translation>
    </message>
    <message>
        <source>No status (Agent)</source>
        <translation>Без статуса (агент)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Повышение</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Понижение</translation>
    </message>
    <message>
        <source>Kept in grace period</source>
        <translation>Сохранен на льготный период</translation>
    </message>
    <message>
        <source>Agents have no status: they earn a percentage of their clients&apos; payments instead.</source>
        <translation>У агентов нет статуса: вместо этого они получают процент от платежей своих клиентов.</translation>
    </message>
    <message>
        <source>Keeps %1: it meets every criterion of %1 and not all of the next.</source>
        <translation>Сохраняет статус «%1»: выполняет все критерии статуса «%1», но не все критерии следующего.</translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2: it meets every criterion of %2.</source>
        <translation>Повышение со статуса «%1» до «%2»: выполняет все критерии статуса «%2».</translation>
    </message>
    <message>
        <source>Downgrade from %1 to %2: it no longer meets %1 and its grace period has ended.</source>
        <translation>Понижение со статуса «%1» до «%2»: больше не выполняет критерии статуса «%1», и льготный период закончился.</translation>
    </message>
    <message>
        <source>Keeps %1 until %2 (grace period), then %3 unless it meets %1 again.</source>
        <translation>Сохраняет статус «%1» до %2 (льготный период), затем — «%3», если снова не выполнит критерии статуса «%1».</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 required</source>
        <translation>%1 %2: %3 (требуется %4)</translation>
    </message>
    <message>
        <source>Thresholds are the program&apos;s example defaults.</source>
        <translation>Пороговые значения — примеры программы по умолчанию.</translation>
    </message>
</context>
<context>
    <name>pd::domain::Training</name>
    <message>
        <source>Products and services</source>
        <translation>Продукты и услуги</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Техническое</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Практикум</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Идет обучение</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Сертифицирован</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не сдал</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отчислен</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Dedicated test project</source>
        <translation>Выделенный тестовый проект</translation>
    </message>
    <message>
        <source>Documents: test programme and method, architecture, product description</source>
        <translation>Документы: программа и методика испытаний, архитектура, описание продукта</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Проверка документов</translation>
    </message>
    <message>
        <source>Deployment on the test project</source>
        <translation>Развертывание в тестовом проекте</translation>
    </message>
    <message>
        <source>Tests with a supervisor and a protocol</source>
        <translation>Испытания с куратором и протоколом</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>A compatibility certification names one product, one version and one service.</source>
        <translation>Сертификация совместимости относится к одному продукту, одной версии и одной услуге.</translation>
    </message>
    <message>
        <source>Steps go in order: step %1 cannot follow step %2.</source>
        <translation>Этапы идут по порядку: этап %1 не может следовать за этапом %2.</translation>
    </message>
    <message>
        <source>Step %1 (%2) needs its start date.</source>
        <translation>Для этапа %1 (%2) нужна дата начала.</translation>
    </message>
    <message>
        <source>Step %1 starts only after step %2 is completed.</source>
        <translation>Этап %1 начинается только после завершения этапа %2.</translation>
    </message>
    <message>
        <source>Step %1 cannot start before step %2 was completed.</source>
        <translation>Этап %1 не может начаться раньше, чем завершен этап %2.</translation>
    </message>
    <message>
        <source>Step %1 cannot be completed before it started.</source>
        <translation>Этап %1 не может завершиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The document review takes at least %1 working days; this one took %2.</source>
        <translation>Проверка документов занимает не меньше %1 рабочих дней; эта заняла %2.</translation>
    </message>
    <message>
        <source>A certificate is issued only when all %1 steps are completed.</source>
        <translation>Сертификат выдается, только когда завершены все %1 этапов.</translation>
    </message>
    <message>
        <source>A compatibility certificate has a number, an issuer, an issue date and an expiry date.</source>
        <translation>У сертификата совместимости есть номер, издатель, дата выдачи и дата окончания действия.</translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation>Срок действия сертификата заканчивается после даты выдачи.</translation>
    </message>
    <message>
        <source>An enrolment names a person and a course.</source>
        <translation>В записи на курс указываются человек и курс.</translation>
    </message>
    <message>
        <source>Progress is between 0 % and 100 %.</source>
        <translation>Прогресс — от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>A completed course has 100 % progress.</source>
        <translation>У завершенного курса прогресс 100 %.</translation>
    </message>
    <message>
        <source>A course cannot be completed before the enrolment.</source>
        <translation>Курс не может быть завершен раньше записи на него.</translation>
    </message>
</context>
<context>
    <name>pd::io::CertificateImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation>Нет партнера с ИНН %1; сначала импортируйте партнера.</translation>
    </message>
    <message>
        <source>The partner with INN %1 has nobody called %2; import the person first.</source>
        <translation>У партнера с ИНН %1 нет сотрудника %2; сначала импортируйте этого человека.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>Сертификат не может быть выдан в будущем.</translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation>Срок действия сертификата заканчивается после даты выдачи.</translation>
    </message>
    <message>
        <source>The same certificate (person, competence, issue date) is also on line %1.</source>
        <translation>Тот же сертификат (человек, компетенция, дата выдачи) есть и в строке %1.</translation>
    </message>
</context>
<context>
    <name>pd::io::Columns</name>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Cooperation model</source>
        <translation>Модель сотрудничества</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation>Этап подключения</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>White Label brand</source>
        <translation>Бренд White Label</translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation>Модель оплаты клиента</translation>
    </message>
    <message>
        <source>Partner INN</source>
        <translation>ИНН партнера</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation>ID проектов</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected year</source>
        <translation>Ожидаемый год</translation>
    </message>
    <message>
        <source>Expected quarter</source>
        <translation>Ожидаемый квартал</translation>
    </message>
    <message>
        <source>Expected annual consumption</source>
        <translation>Ожидаемое годовое потребление</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Application state</source>
        <translation>Статус заявки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Filed at (UTC)</source>
        <translation>Подана (UTC)</translation>
    </message>
    <message>
        <source>Registered at (UTC)</source>
        <translation>Зарегистрирована (UTC)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Категория услуг</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
</context>
<context>
    <name>pd::io::ConsumptionImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation>Нет партнера с ИНН %1; сначала импортируйте партнера.</translation>
    </message>
    <message>
        <source>«%1» is not a month; write YYYY-MM (2026-03).</source>
        <translation>«%1» — не месяц; напишите ГГГГ-ММ (2026-03).</translation>
    </message>
    <message>
        <source>The same customer, month, service category and project are also on line %1.</source>
        <translation>Тот же клиент, месяц, категория услуги и проект есть и в строке %1.</translation>
    </message>
    <message>
        <source>«%1» is not one of: %2.</source>
        <translation>«%1» — не одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>pd::io::CsvReader</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Проверьте, что файл существует и у вас есть право его читать.</translation>
    </message>
    <message>
        <source>The CSV input is not open for reading.</source>
        <translation>Входные данные CSV не открыты для чтения.</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>входные данные</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; PartnerDesk reads CSV in UTF-8.</source>
        <translation>%1 — текст в UTF-16; PartnerDesk читает CSV в UTF-8.</translation>
    </message>
    <message>
        <source>Save the file as &quot;CSV UTF-8&quot; in Excel, or with the UTF-8 character set in LibreOffice, and import it again.</source>
        <translation>Сохраните файл как «CSV UTF-8» в Excel или с кодировкой UTF-8 в LibreOffice и импортируйте снова.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <translation>Разделителем CSV может быть «,», «;» или табуляция.</translation>
    </message>
    <message>
        <source>%1, line %2: the file is not UTF-8 text.</source>
        <translation>%1, строка %2: файл — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a zero byte; it is not a text file.</source>
        <translation>%1, строка %2: в файле есть нулевой байт; это не текстовый файл.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, строка %2: поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>Every opening quote needs a closing one; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation>Каждой открывающей кавычке нужна закрывающая; кавычка внутри поля записывается дважды (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 MiB.</source>
        <translation>%1, строка %2: поле длиннее %3 МиБ.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is followed by &apos;%3&apos; before the next delimiter.</source>
        <translation>%1, строка %2: после поля в кавычках до следующего разделителя стоит «%3».</translation>
    </message>
    <message>
        <source>A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Кавычка внутри поля в кавычках записывается дважды (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>pd::io::CsvWriter</name>
    <message>
        <source>The CSV delimiter must be &apos;,&apos; or &apos;;&apos;.</source>
        <translation>Разделителем CSV может быть «,» или «;».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть право записи в нее.</translation>
    </message>
    <message>
        <source>The CSV output is not open for writing.</source>
        <translation>Выходные данные CSV не открыты для записи.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>выходные данные</translation>
    </message>
    <message>
        <source>The CSV output is not open.</source>
        <translation>Выходные данные CSV не открыты.</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the free space and try again.</source>
        <translation>Ничего не сохранено. Проверьте свободное место и повторите попытку.</translation>
    </message>
    <message>
        <source>Could not write %1; nothing was saved.</source>
        <translation>Не удалось записать %1; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the free space and that you may write there.</source>
        <translation>Ничего не сохранено. Проверьте свободное место и право записи в эту папку.</translation>
    </message>
</context>
<context>
    <name>pd::io::DataTable</name>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>Регистрации сделок</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Потребление</translation>
    </message>
</context>
<context>
    <name>pd::io::DealImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation>Нет партнера с ИНН %1; сначала импортируйте партнера.</translation>
    </message>
    <message>
        <source>«%1» is not a registration id (a UUID); leave it empty for a new one.</source>
        <translation>«%1» — не идентификатор регистрации (UUID); для новой регистрации оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Name at least one product the deal is for.</source>
        <translation>Укажите хотя бы один продукт, к которому относится сделка.</translation>
    </message>
    <message>
        <source>«%1» is not an ISO currency code such as RUB.</source>
        <translation>«%1» — не код валюты ISO, например RUB.</translation>
    </message>
    <message>
        <source>The deal amount cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The expected consumption cannot be negative.</source>
        <translation>Ожидаемое потребление не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A registration is registered after it is filed.</source>
        <translation>Регистрация регистрируется после подачи.</translation>
    </message>
    <message>
        <source>Only a registered deal is won or lost; its state is «%1».</source>
        <translation>Выиграть или проиграть можно только зарегистрированную сделку; ее состояние — «%1».</translation>
    </message>
    <message>
        <source>The same registration is also on line %1.</source>
        <translation>Та же регистрация есть и в строке %1.</translation>
    </message>
</context>
<context>
    <name>pd::io::HeaderMatch</name>
    <message>
        <source>The file has no column for %1 (line 1 is read as the header).</source>
        <translation>В файле нет столбца «%1» (строка 1 читается как заголовок).</translation>
    </message>
    <message>
        <source>The header names the same column twice: %1.</source>
        <translation>Заголовок дважды называет один и тот же столбец: %1.</translation>
    </message>
</context>
<context>
    <name>pd::io::ImportRow</name>
    <message>
        <source>Empty; this column is required.</source>
        <translation>Пусто; этот столбец обязателен.</translation>
    </message>
    <message>
        <source>Empty; a date is required (YYYY-MM-DD).</source>
        <translation>Пусто; нужна дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>«%1» is not a date; write YYYY-MM-DD (2026-03-31) or DD.MM.YYYY.</source>
        <translation>«%1» — не дата; напишите ГГГГ-ММ-ДД (2026-03-31) или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>«%1» is not a time; write 2026-03-31T12:00:00Z (UTC) or a date.</source>
        <translation>«%1» — не время; напишите 2026-03-31T12:00:00Z (UTC) или дату.</translation>
    </message>
    <message>
        <source>Empty; a whole number from %1 to %2 is required.</source>
        <translation>Пусто; нужно целое число от %1 до %2.</translation>
    </message>
    <message>
        <source>«%1» is not a whole number from %2 to %3.</source>
        <translation>«%1» — не целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>«%1» is not an amount; write 1234.56 or 1 234,56.</source>
        <translation>«%1» — не сумма; напишите 1234.56 или 1 234,56.</translation>
    </message>
    <message>
        <source>«%1» is not one of: %2.</source>
        <translation>«%1» — не одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>pd::io::Importer</name>
    <message>
        <source>%1 is empty; line 1 should name the columns.</source>
        <translation>Файл %1 пуст; в строке 1 должны быть названия столбцов.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Columns for %1: %2.</source>
        <translation>Столбцы для «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not start the import: the database is busy or read-only.</source>
        <translation>Не удалось начать импорт: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменен; ничего не изменено.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>В строке полей: %1; в заголовке: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::io::PartnerImporter</name>
    <message>
        <source>INN %1 is also on line %2; a partner appears once.</source>
        <translation>ИНН %1 есть и в строке %2; каждый партнер указывается один раз.</translation>
    </message>
</context>
<context>
    <name>pd::io::PersonImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation>Нет партнера с ИНН %1; сначала импортируйте партнера.</translation>
    </message>
    <message>
        <source>%1 of this partner is also on line %2.</source>
        <translation>%1 этого партнера есть и в строке %2.</translation>
    </message>
    <message>
        <source>«%1» is not a person id (a UUID); leave it empty for a new one.</source>
        <translation>«%1» — не идентификатор сотрудника (UUID); оставьте поле пустым для нового.</translation>
    </message>
    <message>
        <source>The partner with INN %1 has more than one person called %2; fill in the ID column to say which.</source>
        <translation>У партнера с ИНН %1 несколько сотрудников с именем %2; укажите, кого именно, в столбце «ID».</translation>
    </message>
    <message>
        <source>The person with ID %1 belongs to another partner.</source>
        <translation>Сотрудник с идентификатором %1 относится к другому партнеру.</translation>
    </message>
</context>
<context>
    <name>pd::io::Statement</name>
    <message>
        <source>There is no partner %1.</source>
        <translation>Партнера %1 нет.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1, program rules from %2</source>
        <translation>%1, правила программы от %2</translation>
    </message>
    <message>
        <source>%1 %2, program rules from %3</source>
        <translation>%1 %2, правила программы от %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Категория услуги</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Потребление</translation>
    </message>
    <message>
        <source>Currency rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Basis, RUB</source>
        <translation>База, руб.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Amount, RUB</source>
        <translation>Сумма, руб.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Отчет о комиссии</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>none (Agent)</source>
        <translation>нет (агент)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>open (may still change)</source>
        <translation>открыт (может еще измениться)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Clawbacks and top-ups, RUB</source>
        <translation>Удержания и доначисления, руб.</translation>
    </message>
    <message>
        <source>Total, RUB</source>
        <translation>Итого, руб.</translation>
    </message>
    <message>
        <source>open, may still change</source>
        <translation>открыт, может еще измениться</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>RUB excluding VAT; each line rounded to the kopeck, half away from zero</source>
        <translation>в рублях без НДС; каждая строка округлена до копейки, половина — от нуля</translation>
    </message>
    <message>
        <source>Clawbacks and top-ups</source>
        <translation>Удержания и доначисления</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Could not write the statement to %1: %2</source>
        <translation>Не удалось записать отчет в %1: %2</translation>
    </message>
    <message>
        <source>Commission statement %1, %2</source>
        <translation>Отчет о комиссии %1, %2</translation>
    </message>
</context>
<context>
    <name>pd::io::TableExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменен; файл не записан.</translation>
    </message>
    <message>
        <source>read the table</source>
        <translation>прочитать таблицу</translation>
    </message>
</context>
<context>
    <name>pd::items::CommissionLinesModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Rule from</source>
        <translation>Правило от</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>Исправление за %1</translation>
    </message>
    <message>
        <source>%1 for %2: a change after that period was closed, settled in this one</source>
        <translation>%1 за %2: изменение после закрытия того периода, учтенное в этом</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>pd::items::CommissionSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
</context>
<context>
    <name>pd::items::DealsModel</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Monthly feedback is overdue since %1.</source>
        <translation>Ежемесячный отчет просрочен с %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>Защита до</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
</context>
<context>
    <name>pd::items::PartnersModel</name>
    <message>
        <source>Agents have no status</source>
        <translation>У агентов нет статуса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменен</translation>
    </message>
</context>
<context>
    <name>pd::storage::AuditLog</name>
    <message>
        <source>prepare the audit log</source>
        <translation>подготовить журнал изменений</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>записать журнал изменений</translation>
    </message>
</context>
<context>
    <name>pd::storage::Backups</name>
    <message>
        <source>Could not make a backup in the folder %1.</source>
        <translation>Не удалось сделать резервную копию в папке %1.</translation>
    </message>
    <message>
        <source>Check that the folder can be written to and that the disk has free space. Your data was not changed.</source>
        <translation>Проверьте, что в папку можно писать и на диске есть место. Ваши данные не изменились.</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a full resync</source>
        <translation>перед полной синхронизацией</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsent change(s)</source>
        <translation>
            <numerusform>%Ln неотправленное изменение</numerusform>
            <numerusform>%Ln неотправленных изменения</numerusform>
            <numerusform>%Ln неотправленных изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>схема %1</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>не удаётся прочитать его заголовок</translation>
    </message>
    <message>
        <source>it is not a PartnerDesk database</source>
        <translation>это не база PartnerDesk</translation>
    </message>
    <message>
        <source>it was made by a newer version of PartnerDesk (schema %1)</source>
        <translation>она сделана более новой версией PartnerDesk (схема %1)</translation>
    </message>
    <message>
        <source>Could not remove old backups: %1.</source>
        <translation>Не удалось удалить старые резервные копии: %1.</translation>
    </message>
    <message>
        <source>Could not make a backup: the database has no file.</source>
        <translation>Не удалось сделать резервную копию: у базы нет файла.</translation>
    </message>
    <message>
        <source>The backup written to %1 failed its check (%2); it was removed.</source>
        <translation>Резервная копия, записанная в %1, не прошла проверку (%2) и удалена.</translation>
    </message>
    <message>
        <source>Your data was not changed. Check the disk, then try again.</source>
        <translation>Ваши данные не изменились. Проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk.</source>
        <translation>Не удалось записать копию на диск.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed.</source>
        <translation>Не удалось переименовать готовую копию.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Базы %1, копию которой нужно сделать, нет.</translation>
    </message>
    <message>
        <source>Could not open the database %1 to back it up.</source>
        <translation>Не удалось открыть базу %1, чтобы сделать её копию.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 — это сама база, а не её резервная копия.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation>Резервную копию %1 нельзя восстановить: %2.</translation>
    </message>
    <message>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>Выберите другую копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 is open in another PartnerDesk window or program.</source>
        <translation>База %1 открыта в другом окне PartnerDesk или в другой программе.</translation>
    </message>
    <message>
        <source>Close it there and restore again. Nothing was changed.</source>
        <translation>Закройте её там и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not copy the backup %1 beside the database.</source>
        <translation>Не удалось скопировать резервную копию %1 в папку базы.</translation>
    </message>
    <message>
        <source>Could not move the database %1 aside; nothing was changed.</source>
        <translation>Не удалось переименовать базу %1, чтобы сохранить её; ничего не изменено.</translation>
    </message>
    <message>
        <source>Check that its folder can be written to.</source>
        <translation>Проверьте, что в её папку можно писать.</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1; the database was left as it was.</source>
        <translation>Не удалось поставить копию на место %1; база осталась прежней.</translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionCorrections</name>
    <message>
        <source>While correcting the closed period %1.</source>
        <translation>При исправлении закрытого периода %1.</translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionLineWriter</name>
    <message>
        <source>store commission lines</source>
        <translation>сохранить строки комиссии</translation>
    </message>
    <message>
        <source>store commission totals</source>
        <translation>сохранить итоги комиссии</translation>
    </message>
    <message>
        <source>replace the lines of %1</source>
        <translation>заменить строки за %1</translation>
    </message>
    <message>
        <source>Could not store the commission lines of partner %1: a line of the period is a correction and was left as it was.</source>
        <translation>Не удалось сохранить строки комиссии партнера %1: строка периода является корректировкой и оставлена без изменений.</translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionPricer</name>
    <message>
        <source>price the consumption of %1</source>
        <translation>оценить потребление %1</translation>
    </message>
    <message>
        <source>Recomputing commission was cancelled.</source>
        <translation>Пересчет комиссии отменен.</translation>
    </message>
    <message>
        <source>Consumption record %1 has an unknown service category &quot;%2&quot;.</source>
        <translation>У записи о потреблении %1 неизвестная категория услуги «%2».</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 in %2: store the month&apos;s rate to RUB, then recompute.</source>
        <translation>Нет курса %1 за %2: сохраните курс к рублю за этот месяц, затем пересчитайте.</translation>
    </message>
    <message>
        <source>Consumption record %1.</source>
        <translation>Запись о потреблении %1.</translation>
    </message>
    <message>
        <source>find the won deals with pre-sale of %1</source>
        <translation>найти выигранные сделки %1 с пресейлом</translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionReports</name>
    <message>
        <source>There is no commission line %1.</source>
        <translation>Строки комиссии %1 нет.</translation>
    </message>
    <message>
        <source>%1 for %2, settlement period %3: %4.</source>
        <translation>%1 за %2, расчетный период %3: %4.</translation>
    </message>
    <message>
        <source>The closed period %1 was changed after it was settled (consumption, exchange rate or a registered deal). Its lines stay as they were; this line carries the difference between what %1 is worth now, priced with the rules and tier it was settled at, and everything settled for it so far.</source>
        <translation>Закрытый период %1 изменился после расчета (потребление, курс валюты или зарегистрированная сделка). Его строки остаются как были; эта строка содержит разницу между тем, сколько %1 стоит сейчас — по правилам и статусу, с которыми он рассчитывался, — и всем, что было рассчитано за него до сих пор.</translation>
    </message>
    <message>
        <source>The difference is negative: a clawback of %1.</source>
        <translation>Разница отрицательная: удержание %1.</translation>
    </message>
    <message>
        <source>The difference is positive: a top-up of %1.</source>
        <translation>Разница положительная: доначисление %1.</translation>
    </message>
    <message>
        <source>Deal %1 (customer %2, %3) was won in %4 with technical pre-sale work by the agent.</source>
        <translation>Сделка %1 (клиент %2, %3) выиграна в %4 с техническим пресейлом агента.</translation>
    </message>
    <message>
        <source>The program rules in force from %1 pay a fixed reward of %2 per such deal.</source>
        <translation>Правила программы, действующие с %1, предусматривают фиксированное вознаграждение %2 за каждую такую сделку.</translation>
    </message>
    <message>
        <source>Consumption record %1: customer %2 (INN %3), %4, project %5, %6: %7 excluding VAT.</source>
        <translation>Запись о потреблении %1: клиент %2 (ИНН %3), %4, проект %5, %6: %7 без НДС.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Consumption record %1 no longer exists; this line was priced from it as it was then.</source>
        <translation>Записи о потреблении %1 больше нет; эта строка рассчитана по ней в том виде, в каком она была тогда.</translation>
    </message>
    <message>
        <source>Converted to rubles at the stored rate for %1: %2 × %3 RUB per %4 = %5, rounded to the kopeck half away from zero.</source>
        <translation>Пересчитано в рубли по сохраненному курсу за %1: %2 × %3 руб. за %4 = %5, с округлением до копейки (половина — от нуля).</translation>
    </message>
    <message>
        <source> (example defaults)</source>
        <translation> (значения по умолчанию)</translation>
    </message>
    <message>
        <source>Rule: program rules in force from %1%2, %3 at %4.</source>
        <translation>Правило: правила программы, действующие с %1%2, %3 по ставке %4.</translation>
    </message>
    <message>
        <source>The partner is an Agent: no tier; the agent&apos;s percentage of what its clients pay applies.</source>
        <translation>Партнер — агент: статуса нет; применяется процент агента от платежей его клиентов.</translation>
    </message>
    <message>
        <source>Tier: %1, as evaluated for the month (on its last day, grace period included).</source>
        <translation>Статус: %1, по оценке за месяц (на его последний день, с учетом льготного периода).</translation>
    </message>
    <message>
        <source>Deal %1 (customer %2, %3) registers this customer for the partner, so the registration part for %4 applies.</source>
        <translation>Сделка %1 (клиент %2, %3) закрепляет этого клиента за партнером, поэтому применяется надбавка за регистрацию для статуса «%4».</translation>
    </message>
    <message>
        <source>%1 × %2 = %3, rounded to the kopeck half away from zero.</source>
        <translation>%1 × %2 = %3, с округлением до копейки (половина — от нуля).</translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionService</name>
    <message>
        <source>Could not start recomputing %1.</source>
        <translation>Не удалось начать пересчет %1.</translation>
    </message>
    <message>
        <source>Could not start closing %1.</source>
        <translation>Не удалось начать закрытие %1.</translation>
    </message>
    <message>
        <source>The period is not a valid month.</source>
        <translation>Период — не правильный месяц.</translation>
    </message>
    <message>
        <source>The period %1 is closed: its lines are settled and are not recomputed.</source>
        <translation>Период %1 закрыт: его строки рассчитаны и не пересчитываются.</translation>
    </message>
    <message>
        <source>A change to a closed period is corrected in the next open period.</source>
        <translation>Изменение закрытого периода исправляется в следующем открытом периоде.</translation>
    </message>
    <message>
        <source>Could not start correcting %1.</source>
        <translation>Не удалось начать исправление %1.</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Сделки %1 нет.</translation>
    </message>
</context>
<context>
    <name>pd::storage::ConsumptionRepository</name>
    <message>
        <source>The consumption record has no partner.</source>
        <translation>У записи о потреблении не указан партнер.</translation>
    </message>
    <message>
        <source>The customer INN &quot;%1&quot; is not valid: %2</source>
        <translation>ИНН клиента «%1» неверен: %2</translation>
    </message>
    <message>
        <source>The month must be the first day of a month (YYYY-MM-01).</source>
        <translation>Месяц должен быть первым днем месяца (ГГГГ-ММ-01).</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter ISO code.</source>
        <translation>Валюта «%1» — не трехбуквенный код ISO.</translation>
    </message>
    <message>
        <source>Could not start saving the consumption record.</source>
        <translation>Не удалось начать сохранение записи о потреблении.</translation>
    </message>
    <message>
        <source>prepare saving consumption</source>
        <translation>подготовить сохранение потребления</translation>
    </message>
    <message>
        <source>save consumption</source>
        <translation>сохранить потребление</translation>
    </message>
    <message>
        <source>Record %1 of %2.</source>
        <translation>Запись %1 из %2.</translation>
    </message>
    <message>
        <source>Could not start saving consumption.</source>
        <translation>Не удалось начать сохранение потребления.</translation>
    </message>
    <message>
        <source>There is no consumption record %1.</source>
        <translation>Записи о потреблении %1 нет.</translation>
    </message>
    <message>
        <source>write consumption</source>
        <translation>записать потребление</translation>
    </message>
    <message>
        <source>Could not write consumption for customer %1: the month, category or currency is not valid.</source>
        <translation>Не удалось записать потребление клиента %1: месяц, категория или валюта указаны неверно.</translation>
    </message>
    <message>
        <source>build the index %1</source>
        <translation>построить индекс %1</translation>
    </message>
    <message>
        <source>mark closed months with new consumption</source>
        <translation>отметить закрытые месяцы с новым потреблением</translation>
    </message>
</context>
<context>
    <name>pd::storage::CurrencyRateRepository</name>
    <message>
        <source>&quot;%1&quot; is not a currency that needs a rate to RUB.</source>
        <translation>Для «%1» не нужен курс к рублю (или это не валюта).</translation>
    </message>
    <message>
        <source>The month of a rate must be the first day of a month.</source>
        <translation>Месяц курса должен быть первым днем месяца.</translation>
    </message>
    <message>
        <source>The rate of %1 must be positive.</source>
        <translation>Курс %1 должен быть положительным.</translation>
    </message>
</context>
<context>
    <name>pd::storage::Database</name>
    <message>
        <source>its header cannot be read</source>
        <translation>не удается прочитать его заголовок</translation>
    </message>
    <message>
        <source>Could not switch the database to write-ahead logging.</source>
        <translation>Не удалось включить для базы данных журнал упреждающей записи (WAL).</translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation>настроить базу данных</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Базы данных по пути %1 нет.</translation>
    </message>
    <message>
        <source>Check the path, or create a database there first.</source>
        <translation>Проверьте путь или сначала создайте там базу данных.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Не удалось создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>Check that the folder can be written to.</source>
        <translation>Проверьте, что в папку можно записывать.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>База данных %1 повреждена (%2).</translation>
    </message>
    <message>
        <source>No copy could be saved; the file was left untouched. Keep it: it may hold work that has not been synced.</source>
        <translation>Сохранить копию не удалось; файл оставлен без изменений. Сохраните его: в нем может быть несинхронизированная работа.</translation>
    </message>
    <message>
        <source>A copy was saved as %1 and the original was left untouched. Open a backup or start a new database.</source>
        <translation>Копия сохранена как %1, оригинал оставлен без изменений. Откройте резервную копию или начните новую базу данных.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk database.</source>
        <translation>%1 — не база данных PartnerDesk.</translation>
    </message>
    <message>
        <source>It was left untouched. Choose a PartnerDesk database file or create a new one.</source>
        <translation>Файл оставлен без изменений. Выберите файл базы данных PartnerDesk или создайте новый.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of PartnerDesk (schema version %2; this version understands up to %3).</source>
        <translation>База данных %1 записана более новой версией PartnerDesk (версия схемы %2; эта версия понимает до %3).</translation>
    </message>
    <message>
        <source>It was left untouched. Update PartnerDesk to open it.</source>
        <translation>Файл оставлен без изменений. Обновите PartnerDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Could not bring the database %1 up to date.</source>
        <translation>Не удалось обновить базу данных %1.</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>проверить базу данных</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check.</source>
        <translation>База данных %1 не прошла проверку целостности.</translation>
    </message>
    <message>
        <source>check the database&apos;s references</source>
        <translation>проверить ссылки в базе данных</translation>
    </message>
    <message>
        <source>The database %1 has records that refer to missing records (table %2, row %3).</source>
        <translation>В базе данных %1 есть записи, ссылающиеся на отсутствующие записи (таблица %2, строка %3).</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2; expected %3.</source>
        <translation>У базы данных %1 версия схемы %2; ожидалась %3.</translation>
    </message>
    <message>
        <source>Could not save: no transaction is open.</source>
        <translation>Не удалось сохранить: транзакция не открыта.</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>сохранить изменения</translation>
    </message>
    <message>
        <source>The newest good backup is %1, made %2 (%3); restore it with File → Restore from Backup or `partnerdesk-cli restore`.</source>
        <translation>Самая новая исправная резервная копия — %1, сделана %2 (%3); восстановите её через «Файл → Восстановить из резервной копии» или командой `partnerdesk-cli restore`.</translation>
    </message>
    <message>
        <source>There is no good backup of it in %1.</source>
        <translation>Исправных резервных копий в %1 нет.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1 (it is read-only).</source>
        <translation>Невозможно записать в папку %1 (она доступна только для чтения).</translation>
    </message>
    <message>
        <source>PartnerDesk keeps its log and backups beside the database. Make the folder writable, or choose a database in a folder you can write to. Nothing was written.</source>
        <translation>PartnerDesk хранит журнал и резервные копии рядом с базой данных. Разрешите запись в папку или выберите базу данных в папке, доступной для записи. Ничего не записано.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>Файл базы данных %1 доступен только для чтения.</translation>
    </message>
    <message>
        <source>Make the file writable, or copy it to a folder you can write to and open the copy. Nothing was written.</source>
        <translation>Разрешите запись в файл или скопируйте его в папку, доступную для записи, и откройте копию. Ничего не записано.</translation>
    </message>
    <message>
        <source>A copy of it as it is now was saved as %1 at an earlier opening, so no other copy was made; the original was left untouched. Open a backup or start a new database.</source>
        <translation>Копия файла в его нынешнем виде уже сохранена как %1 при одном из прошлых открытий, поэтому новая копия не создавалась; оригинал оставлен без изменений. Откройте резервную копию или начните новую базу данных.</translation>
    </message>
    <message>
        <source>Could not read the database %1 (%2).</source>
        <translation>Не удалось прочитать базу данных %1 (%2).</translation>
    </message>
    <message>
        <source>It was left untouched. Check that the file and its disk can be read, then try again.</source>
        <translation>Она оставлена без изменений. Проверьте, что файл и диск доступны для чтения, и повторите попытку.</translation>
    </message>
    <message>
        <source>The path of the database is %1 characters long; Windows opens files only up to %2.</source>
        <translation>Путь к базе данных длиной %1 символов; Windows открывает файлы с путём не длиннее %2.</translation>
    </message>
    <message>
        <source>Move the database to a folder with a shorter path (for example C:\PartnerDesk) and open it there. Nothing was created: %1</source>
        <translation>Перенесите базу в папку с более коротким путём (например, C:\PartnerDesk) и откройте её там. Ничего не создано: %1</translation>
    </message>
</context>
<context>
    <name>pd::storage::DealRepository</name>
    <message>
        <source>Choose the partner that registers the deal.</source>
        <translation>Выберите партнера, который регистрирует сделку.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Нужно название клиента.</translation>
    </message>
    <message>
        <source>Customer INN: %1</source>
        <translation>ИНН клиента: %1</translation>
    </message>
    <message>
        <source>Name at least one product the deal is for.</source>
        <translation>Укажите хотя бы один продукт, к которому относится сделка.</translation>
    </message>
    <message>
        <source>The deal amount cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The expected year %1 is not a plausible year.</source>
        <translation>Ожидаемый год %1 не похож на правдоподобный.</translation>
    </message>
    <message>
        <source>The expected quarter must be 1, 2, 3 or 4.</source>
        <translation>Ожидаемый квартал — 1, 2, 3 или 4.</translation>
    </message>
    <message>
        <source>The partner %1 does not exist.</source>
        <translation>Партнера %1 не существует.</translation>
    </message>
    <message>
        <source>A registration is filed as new or awaiting review; it is registered or rejected by a review.</source>
        <translation>Регистрация подается как новая или ожидающая рассмотрения; регистрируют или отклоняют ее при рассмотрении.</translation>
    </message>
    <message>
        <source>A %1 registration&apos;s form can no longer be edited.</source>
        <translation>Форму регистрации в состоянии «%1» больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The registration cannot be approved.</source>
        <translation>Регистрацию нельзя одобрить.</translation>
    </message>
    <message>
        <source>An extension request needs a reason.</source>
        <translation>Для запроса на продление нужна причина.</translation>
    </message>
    <message>
        <source>This extension request was already decided (%1).</source>
        <translation>По этому запросу на продление уже принято решение (%1).</translation>
    </message>
    <message>
        <source>The protection is no longer running; the request cannot be approved or denied.</source>
        <translation>Защита уже не действует; запрос нельзя одобрить или отклонить.</translation>
    </message>
    <message>
        <source>The registration has no extension request %1.</source>
        <translation>У регистрации нет запроса на продление %1.</translation>
    </message>
    <message>
        <source>Feedback is given on registered deals only.</source>
        <translation>Отчеты принимаются только по зарегистрированным сделкам.</translation>
    </message>
    <message>
        <source>Could not save the registration: the database is busy or read-only.</source>
        <translation>Не удалось сохранить регистрацию: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>Could not update the conflicts: the database is busy or read-only.</source>
        <translation>Не удалось обновить конфликты: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>list the conflicts</source>
        <translation>получить список конфликтов</translation>
    </message>
    <message>
        <source>The decision on %1 has already been sent to the sync server; it can no longer be undone here. The registration&apos;s history shows who decided what.</source>
        <translation>Решение по регистрации %1 уже отправлено на сервер синхронизации, и отменить его здесь больше нельзя. Кто и что решил, видно в истории регистрации.</translation>
    </message>
    <message>
        <source>The registration of %1 has changed since the decision; the decision can no longer be undone.</source>
        <translation>Регистрация %1 изменилась после решения; отменить его больше нельзя.</translation>
    </message>
</context>
<context>
    <name>pd::storage::DealRows</name>
    <message>
        <source>prepare a database statement</source>
        <translation>подготовить запрос к базе данных</translation>
    </message>
    <message>
        <source>The registration %1 does not exist.</source>
        <translation>Регистрации %1 не существует.</translation>
    </message>
</context>
<context>
    <name>pd::storage::Migrations</name>
    <message>
        <source>Could not start upgrading the database to version %1.</source>
        <translation>Не удалось начать обновление базы данных до версии %1.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>обновить базу данных до версии %1</translation>
    </message>
    <message>
        <source>record schema version %1</source>
        <translation>записать версию схемы %1</translation>
    </message>
</context>
<context>
    <name>pd::storage::PartnerRepository</name>
    <message>
        <source>The partner %1 does not exist (it may have been deleted).</source>
        <translation>Партнера %1 не существует (возможно, он удален).</translation>
    </message>
    <message>
        <source>INN %1 already belongs to the partner «%2»; each partner has its own INN.</source>
        <translation>ИНН %1 уже принадлежит партнеру «%2»; у каждого партнера свой ИНН.</translation>
    </message>
    <message>
        <source>Could not save the partner: the database is busy or read-only.</source>
        <translation>Не удалось сохранить партнера: база данных занята или доступна только для чтения.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal registration(s)</source>
        <translation>
            <numerusform>%n регистрация сделки</numerusform>
            <numerusform>%n регистрации сделок</numerusform>
            <numerusform>%n регистраций сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility certification(s)</source>
        <translation>
            <numerusform>%n сертификация совместимости</numerusform>
            <numerusform>%n сертификации совместимости</numerusform>
            <numerusform>%n сертификаций совместимости</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: it has %2 on record.</source>
        <translation>«%1» нельзя удалить: за ним числится %2.</translation>
    </message>
    <message>
        <source>Registrations and certifications are the program&apos;s record. To stop working with the partner, say so in its notes or onboarding stage instead.</source>
        <translation>Регистрации и сертификации — это история программы. Чтобы прекратить работу с партнером, укажите это в заметках или в этапе подключения.</translation>
    </message>
    <message>
        <source>Could not delete the partner: the database is busy or read-only.</source>
        <translation>Не удалось удалить партнера: база данных занята или доступна только для чтения.</translation>
    </message>
</context>
<context>
    <name>pd::storage::ProgramRulesRepository</name>
    <message>
        <source>The rules need the date they take effect from.</source>
        <translation>Для правил нужна дата, с которой они действуют.</translation>
    </message>
    <message>
        <source>Tier thresholds cannot be negative.</source>
        <translation>Пороговые значения статусов не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Platinum cannot require less sales than Gold.</source>
        <translation>Для Платинового статуса не может требоваться меньше продаж, чем для Золотого.</translation>
    </message>
    <message>
        <source>Periods must be positive and the number of extensions cannot be negative.</source>
        <translation>Сроки должны быть положительными, а число продлений не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The pre-sale reward cannot be negative.</source>
        <translation>Вознаграждение за пресейл не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Discounts are between 0 % and 100 %.</source>
        <translation>Скидки — от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>Could not save the program rules: the database is busy or read-only.</source>
        <translation>Не удалось сохранить правила программы: база данных занята или доступна только для чтения.</translation>
    </message>
</context>
<context>
    <name>pd::storage::Sql</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>prepare a database statement</source>
        <translation>подготовить запрос к базе данных</translation>
    </message>
    <message>
        <source>run a database statement</source>
        <translation>выполнить запрос к базе данных</translation>
    </message>
</context>
<context>
    <name>pd::storage::SqliteLibrary</name>
    <message>
        <source>This copy of PartnerDesk cannot open databases safely: %1.</source>
        <translation>Эта копия PartnerDesk не может безопасно открывать базы данных: %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver must use the same SQLite library as PartnerDesk (a Qt built with -system-sqlite, as Debian&apos;s, vcpkg&apos;s and Homebrew&apos;s are). Reinstall PartnerDesk from its installer; the database was not touched.</source>
        <translation>Драйвер SQLite из Qt должен использовать ту же библиотеку SQLite, что и PartnerDesk (Qt, собранный с -system-sqlite, как в Debian, vcpkg и Homebrew). Переустановите PartnerDesk из его установщика; база данных не затронута.</translation>
    </message>
    <message>
        <source>Could not ask the database driver for its SQLite version.</source>
        <translation>Не удалось узнать у драйвера базы данных версию SQLite.</translation>
    </message>
    <message>
        <source>its database driver uses SQLite %1 and the program SQLite %2</source>
        <translation>её драйвер базы данных использует SQLite %1, а программа — SQLite %2</translation>
    </message>
    <message>
        <source>Could not ask the database driver for its SQLite settings.</source>
        <translation>Не удалось узнать у драйвера базы данных настройки SQLite.</translation>
    </message>
    <message>
        <source>its database driver has a SQLite library of its own, beside the program&apos;s (both %1)</source>
        <translation>у её драйвера базы данных своя библиотека SQLite, отдельная от библиотеки программы (обе — %1)</translation>
    </message>
</context>
<context>
    <name>pd::storage::SqliteStatement</name>
    <message>
        <source>Could not %1: the database is not an SQLite database.</source>
        <translation>Не удалось %1: это не база данных SQLite.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::storage::TierService</name>
    <message>
        <source>evaluate the partners&apos; tiers</source>
        <translation>оценить статусы партнеров</translation>
    </message>
</context>
<context>
    <name>pd::storage::TrainingRepository</name>
    <message>
        <source>read a training record</source>
        <translation>прочитать запись об обучении</translation>
    </message>
    <message>
        <source>Could not save: the database is busy or read-only.</source>
        <translation>Не удалось сохранить: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>У курса должно быть название.</translation>
    </message>
    <message>
        <source>A course cannot last a negative number of hours.</source>
        <translation>Продолжительность курса не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The person %1 does not exist.</source>
        <translation>Человека %1 не существует.</translation>
    </message>
    <message>
        <source>This person is already enrolled in this course.</source>
        <translation>Этот человек уже записан на этот курс.</translation>
    </message>
    <message>
        <source>A certificate needs its issue date.</source>
        <translation>Для сертификата нужна дата выдачи.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>Сертификат не может быть выдан в будущем.</translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation>Срок действия сертификата заканчивается после даты выдачи.</translation>
    </message>
    <message>
        <source>The certificate %1 does not exist.</source>
        <translation>Сертификата %1 не существует.</translation>
    </message>
    <message>
        <source>Could not delete: the database is busy or read-only.</source>
        <translation>Не удалось удалить: база данных занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>The partner %1 does not exist.</source>
        <translation>Партнера %1 не существует.</translation>
    </message>
</context>
<context>
    <name>pd::sync::AuthClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удается связаться с %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>На сервере %1 произошла ошибка (HTTP %2). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2.</source>
        <translation>Сервер %1 ответил HTTP %2.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2: %3</source>
        <translation>Сервер %1 ответил HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 does not answer like a PartnerDesk sync server.</source>
        <translation>%1 отвечает не как сервер синхронизации PartnerDesk.</translation>
    </message>
    <message>
        <source>The server speaks sync API %1; this version of PartnerDesk speaks API 1.</source>
        <translation>Сервер использует API синхронизации %1; эта версия PartnerDesk использует API 1.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was ended on the server. Sign in again with your password.</source>
        <translation>Сохраненный вход истек или был завершен на сервере. Войдите снова с паролем.</translation>
    </message>
    <message>
        <source>This user is disabled on the server. Ask the server&apos;s administrator.</source>
        <translation>Этот пользователь отключен на сервере. Обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server&apos;s token answer is incomplete (no access token, refresh token or lifetime).</source>
        <translation>Ответ сервера с токенами неполон (нет токена доступа, токена обновления или срока действия).</translation>
    </message>
</context>
<context>
    <name>pd::sync::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1). PartnerDesk keeps sign-ins only in the keychain, never in a file, so it will ask for your password each session.</source>
        <translation>На этом компьютере нет хранилища паролей (%1). PartnerDesk хранит данные входа только в хранилище паролей, никогда в файле, поэтому будет запрашивать пароль в каждом сеансе.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Хранилище паролей отказало в доступе (%1). Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Ошибка хранилища паролей: %1</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::FileTlsPolicy</name>
    <message>
        <source>The certificate is signed by itself: nobody vouches for it.</source>
        <translation>Сертификат подписан сам собой: за него никто не ручается.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation>Сертификат выпущен центром сертификации, который этому компьютеру неизвестен.</translation>
    </message>
    <message>
        <source>The certificate has expired (on %1).</source>
        <translation>Срок действия сертификата истек (%1).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (from %1).</source>
        <translation>Сертификат еще не действует (начнет действовать %1).</translation>
    </message>
    <message>
        <source>The certificate was made for another name (%1).</source>
        <translation>Сертификат выпущен для другого имени (%1).</translation>
    </message>
    <message>
        <source>The certificate was revoked by its issuer.</source>
        <translation>Сертификат отозван издателем.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Не удается прочитать файл ЦС %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>В файле ЦС %1 нет сертификата PEM.</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncEngine</name>
    <message>
        <source>The local database could not record the sync: %1</source>
        <translation>Локальной базе данных не удалось записать результат синхронизации: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation>Сертификат сервера не является доверенным, поэтому ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1): %2</source>
        <translation>Не удалось связаться с сервером (%1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 was cut short or is not JSON; will retry.</source>
        <translation>Ответ сервера на %1 оборван или не является JSON; будет повторная попытка.</translation>
    </message>
    <message>
        <source>The server is unavailable (%1, HTTP %2): %3</source>
        <translation>Сервер недоступен (%1, HTTP %2): %3</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер отклонил вход: %1</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2): %3</source>
        <translation>Сервер отклонил %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>Sign in to the sync server: the session has ended and no password is at hand.</source>
        <translation>Войдите на сервер синхронизации: сеанс завершен, а пароля под рукой нет.</translation>
    </message>
    <message>
        <source>The server refused the user name or password of &apos;%1&apos;.</source>
        <translation>Сервер отклонил имя пользователя или пароль «%1».</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>проверку доступности</translation>
    </message>
    <message>
        <source>the push</source>
        <translation>отправку</translation>
    </message>
    <message>
        <source>The server answered the push with %1 results for %2 changes; will retry.</source>
        <translation>На отправку сервер вернул %1 результатов для %2 изменений; будет повторная попытка.</translation>
    </message>
    <message>
        <source>The local database is busy.</source>
        <translation>Локальная база данных занята.</translation>
    </message>
    <message>
        <source>The server&apos;s push answer does not match the changes sent; will retry.</source>
        <translation>Ответ сервера на отправку не соответствует отправленным изменениям; будет повторная попытка.</translation>
    </message>
    <message>
        <source>The server answered a change with the unknown status &apos;%1&apos;.</source>
        <translation>Сервер вернул для изменения неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>the pull</source>
        <translation>получение</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes is not what the protocol says; will retry.</source>
        <translation>Страница изменений с сервера не соответствует протоколу; будет повторная попытка.</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete %1 of the %2 records here. Nothing was deleted; confirm to go on.</source>
        <translation>Изменения с сервера удалили бы %1 из %2 записей здесь. Ничего не удалено; подтвердите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The server no longer has %1 of the %2 records here. Nothing was deleted; confirm to go on.</source>
        <translation>На сервере больше нет %1 из %2 записей, которые есть здесь. Ничего не удалено; подтвердите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The server was replaced or restored several times during this sync; will retry.</source>
        <translation>Сервер несколько раз заменили или восстановили во время этой синхронизации; повторим позже.</translation>
    </message>
    <message>
        <source>Synced, but the backup before the full resync could not be made: %1</source>
        <translation>Синхронизировано, но резервную копию перед полной пересинхронизацией сделать не удалось: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the server could not be stored here: %1.</source>
        <translation>
            <numerusform>%n запись с сервера не удалось сохранить здесь: %1.</numerusform>
            <numerusform>%n записи с сервера не удалось сохранить здесь: %1.</numerusform>
            <numerusform>%n записей с сервера не удалось сохранить здесь: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its field %1 is empty, and this version of PartnerDesk needs a value there</source>
        <translation>поле %1 пустое, а этой версии PartnerDesk в нём нужно значение</translation>
    </message>
    <message>
        <source>its field %1 holds &apos;%2&apos;, a value this version of PartnerDesk cannot keep</source>
        <translation>в поле %1 значение «%2», которое эта версия PartnerDesk не может сохранить</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncHttp</name>
    <message>
        <source>HTTP status %1</source>
        <translation>код состояния HTTP %1</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>сервер не ответил за %1 с</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncJournal</name>
    <message>
        <source>Could not change the database: it is busy or read-only.</source>
        <translation>Не удалось изменить базу данных: она занята или доступна только для чтения.</translation>
    </message>
    <message>
        <source>That rejected change is no longer in the list.</source>
        <translation>Этого отклоненного изменения больше нет в списке.</translation>
    </message>
    <message>
        <source>That conflict is already resolved.</source>
        <translation>Этот конфликт уже разрешен.</translation>
    </message>
    <message>
        <source>A deleted record has no value to edit: keep it or let it go.</source>
        <translation>У удаленной записи нет значения для правки: сохраните ее или откажитесь от нее.</translation>
    </message>
    <message>
        <source>The record it belongs to was deleted; restore that one first.</source>
        <translation>Запись, к которой она относится, удалена; сначала восстановите ту запись.</translation>
    </message>
    <message>
        <source>The value is not valid: %1.</source>
        <translation>Значение неверно: %1.</translation>
    </message>
    <message>
        <source>the record it belongs to (%1) is not here</source>
        <translation>здесь нет записи, к которой она относится (%1)</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncLog</name>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет сети</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Сертификат отклонён</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Нужен вход</translation>
    </message>
    <message>
        <source>Deletions wait for you</source>
        <translation>Удаления ждут решения</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncTables</name>
    <message>
        <source>The %1 %2 is not in this database.</source>
        <translation>%1 %2 нет в этой базе данных.</translation>
    </message>
</context>
<context>
    <name>pd::views::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The desktop workplace of partner managers: partners, deal registration, training, tiers and commission, offline first.</source>
        <translation>Рабочее место менеджера по работе с партнерами: партнеры, регистрация сделок, обучение, статусы и комиссия — в первую очередь без подключения к сети.</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
</context>
<context>
    <name>pd::views::AccountDialog</name>
    <message>
        <source>Sync Account</source>
        <translation>Учетная запись синхронизации</translation>
    </message>
    <message>
        <source>Sign in to the PartnerDesk server your team syncs with. The connection is checked before your password is sent.</source>
        <translation>Войдите на сервер PartnerDesk, с которым синхронизируется ваша команда. Соединение проверяется до отправки пароля.</translation>
    </message>
    <message>
        <source>https://sync.example.com:8443</source>
        <translation>https://sync.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Optional: your organisation&apos;s CA certificate (PEM)</source>
        <translation>Необязательно: сертификат ЦС вашей организации (PEM)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Файл ЦС:</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>%1 is signed in; the sign-in is kept in the system keychain. Sign in again to replace it, or sign out to remove it.</source>
        <translation>Вход выполнен как %1; данные входа хранятся в системном хранилище паролей. Войдите снова, чтобы заменить их, или выйдите, чтобы удалить.</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>Выбор сертификата ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Checking the certificate of %1…</source>
        <translation>Проверка сертификата %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Вход на %1 выполнен как %2 (%3).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain; PartnerDesk will not ask for the password again until it expires.</source>
        <translation>Данные входа хранятся в системном хранилище паролей; PartnerDesk не будет спрашивать пароль, пока срок их действия не истечет.</translation>
    </message>
    <message>
        <source>Certificate trusted for %1. Signing in…</source>
        <translation>Сертификату %1 выражено доверие. Вход…</translation>
    </message>
    <message>
        <source>You refused the certificate of %1. Nothing was sent to the server.</source>
        <translation>Вы отклонили сертификат %1. На сервер ничего не отправлено.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from the system keychain.</source>
        <translation>Выход выполнен: данные входа удалены из системного хранилища паролей.</translation>
    </message>
</context>
<context>
    <name>pd::views::Appearance</name>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
</context>
<context>
    <name>pd::views::CertificateDialog</name>
    <message>
        <source>New certificate — %1</source>
        <translation>Новый сертификат — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n month(s), the program rule</source>
        <translation>
            <numerusform>Действует %n месяц по правилам программы</numerusform>
            <numerusform>Действует %n месяца по правилам программы</numerusform>
            <numerusform>Действует %n месяцев по правилам программы</numerusform>
        </translation>
    </message>
    <message>
        <source>As printed on the certificate</source>
        <translation>Как указано в сертификате</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>Добавить сертификат</translation>
    </message>
    <message>
        <source>This partner has no people yet. Add them on the Partners page first.</source>
        <translation>У этого партнера пока нет сотрудников. Сначала добавьте их на странице «Партнеры».</translation>
    </message>
    <message>
        <source>Choose the person who holds the certificate.</source>
        <translation>Выберите человека, которому выдан сертификат.</translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation>Срок действия сертификата заканчивается после даты выдачи.</translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionCharts</name>
    <message>
        <source>Rewards and corrections</source>
        <translation>Вознаграждения и исправления</translation>
    </message>
    <message>
        <source>Monthly commission per partner</source>
        <translation>Комиссия по месяцам по партнерам</translation>
    </message>
    <message>
        <source>Per partner</source>
        <translation>По партнерам</translation>
    </message>
    <message>
        <source>Monthly commission per tier, all partners</source>
        <translation>Комиссия по месяцам по статусам, все партнеры</translation>
    </message>
    <message>
        <source>Per tier</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>Monthly commission by service category</source>
        <translation>Комиссия по месяцам по категориям услуг</translation>
    </message>
    <message>
        <source>By service category</source>
        <translation>По категориям услуг</translation>
    </message>
    <message>
        <source>Monthly commission per partner (%1 partners)</source>
        <translation>Комиссия по месяцам по партнерам (партнеров: %1)</translation>
    </message>
    <message>
        <source>Monthly commission of %1 against every partner</source>
        <translation>Комиссия %1 по месяцам в сравнении со всеми партнерами</translation>
    </message>
    <message>
        <source>No tier (Agents)</source>
        <translation>Без статуса (агенты)</translation>
    </message>
    <message>
        <source>Monthly commission by service category, all partners</source>
        <translation>Комиссия по месяцам по категориям услуг, все партнеры</translation>
    </message>
    <message>
        <source>Monthly commission of %1 by service category</source>
        <translation>Комиссия %1 по месяцам по категориям услуг</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Сохранение графика</translation>
    </message>
    <message>
        <source>commission-chart.png</source>
        <translation>график-комиссии.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Не удалось записать график в %1.</translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation>Сохранить как PNG или PDF…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Сбросить масштаб</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>thousand RUB</source>
        <translation>тыс. руб.</translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionWhyPanel</name>
    <message>
        <source>Why this amount</source>
        <translation>Откуда эта сумма</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Потребление</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Расчет</translation>
    </message>
    <message>
        <source>Select a line to see how it was computed.</source>
        <translation>Выберите строку, чтобы увидеть, как она рассчитана.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A correction of %1, which was closed: what that period is worth now, less what was settled for it.</source>
        <translation>Исправление за закрытый период %1: сколько этот период стоит сейчас за вычетом того, что было за него рассчитано.</translation>
    </message>
    <message>
        <source>%1 (INN %2) · %3 · %4</source>
        <translation>%1 (ИНН %2) · %3 · %4</translation>
    </message>
    <message>
        <source> · project %1</source>
        <translation> · проект %1</translation>
    </message>
    <message>
        <source> · %1 excluding VAT</source>
        <translation> · %1 без НДС</translation>
    </message>
    <message>
        <source> · converted at %1 RUB per %2</source>
        <translation> · по курсу %1 руб. за %2</translation>
    </message>
    <message>
        <source>None: a fixed reward for a won deal with technical pre-sale.</source>
        <translation>Нет: фиксированное вознаграждение за выигранную сделку с техническим пресейлом.</translation>
    </message>
    <message>
        <source>The consumption record no longer exists (it was removed after pricing).</source>
        <translation>Записи о потреблении больше нет (она удалена после расчета).</translation>
    </message>
    <message>
        <source>Program rules in force from %1</source>
        <translation>Правила программы, действующие с %1</translation>
    </message>
    <message>
        <source> (example defaults)</source>
        <translation> (значения по умолчанию)</translation>
    </message>
    <message>
        <source> · rate %1</source>
        <translation> · ставка %1</translation>
    </message>
    <message>
        <source>No rule: a correction carries the difference only.</source>
        <translation>Правила нет: исправление содержит только разницу.</translation>
    </message>
    <message>
        <source>None: Agents have no tier</source>
        <translation>Нет: у агентов нет статуса</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Без статуса</translation>
    </message>
    <message>
        <source>%1, as evaluated on the last day of the month</source>
        <translation>%1, по оценке на последний день месяца</translation>
    </message>
    <message>
        <source>None: the customer has no registered deal behind this line</source>
        <translation>Нет: у клиента нет зарегистрированной сделки, на которой основана эта строка</translation>
    </message>
    <message>
        <source>Not needed: the base discount applies to all of the partner&apos;s consumption (a registered deal earns its part on a line of its own)</source>
        <translation>Не нужна: базовая скидка действует на все потребление партнера (зарегистрированная сделка дает свою часть отдельной строкой)</translation>
    </message>
    <message>
        <source>Not needed: an Agent earns its percentage on all that its clients pay</source>
        <translation>Не нужна: агент получает свой процент со всех платежей своих клиентов</translation>
    </message>
    <message>
        <source>None: a correction carries the difference only</source>
        <translation>Нет: корректировка содержит только разницу</translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPage</name>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to settle its partners&apos; commission.</source>
        <translation>Откройте базу данных PartnerDesk, чтобы рассчитать комиссию ее партнеров.</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Найти партнера</translation>
    </message>
    <message>
        <source>Nothing computed for this period</source>
        <translation>За этот период ничего не рассчитано</translation>
    </message>
    <message>
        <source>Recompute the period to price its consumption with the program rules in force.</source>
        <translation>Пересчитайте период, чтобы оценить его потребление по действующим правилам программы.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Total %1 · %2 partners · %3 lines%4</source>
        <translation>Итого %1 · партнеров: %2 · строк: %3%4</translation>
    </message>
    <message>
        <source> · corrections %1</source>
        <translation> · исправления %1</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Партнер не выбран</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Recomputing %1…</source>
        <translation>Пересчет %1…</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Закрыть период</translation>
    </message>
    <message>
        <source>Close %1 and settle its commission?</source>
        <translation>Закрыть %1 и рассчитать комиссию?</translation>
    </message>
    <message>
        <source>The period is recomputed first. Its lines then become final: a later change to its consumption appears as a clawback or top-up in the next open period.</source>
        <translation>Сначала период будет пересчитан. Затем его строки станут окончательными: последующее изменение потребления появится как удержание или доначисление в следующем открытом периоде.</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Закрытие %1…</translation>
    </message>
    <message>
        <source>%1: %2 lines for %3 partners from %4 consumption records, total %5 (%6 corrections), in %7 ms.</source>
        <translation>%1: строк — %2 для партнеров: %3 по записям о потреблении: %4, итого %5 (исправлений: %6), за %7 мс.</translation>
    </message>
    <message>
        <source>Statement as PDF</source>
        <translation>Отчет в PDF</translation>
    </message>
    <message>
        <source>Statement as CSV</source>
        <translation>Отчет в CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Запись отчета…</translation>
    </message>
    <message>
        <source>Statement saved to %1.</source>
        <translation>Отчет сохранен в %1.</translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation>Отчет не сохранен: %1</translation>
    </message>
    <message>
        <source>Settlement periods, each partner&apos;s commission and how every line was computed</source>
        <translation>Расчетные периоды, комиссия каждого партнера и расчет каждой строки</translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation>Отчёт CSV…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Отчёт PDF…</translation>
    </message>
    <message>
        <source>Commission lines</source>
        <translation>Строки комиссии</translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPageToolbar</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Price the period&apos;s consumption again with the rules and tiers in force</source>
        <translation>Заново оценить потребление за период по действующим правилам и статусам</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>Закрыть период…</translation>
    </message>
    <message>
        <source>Settle the period: its lines become final; later changes become clawbacks or top-ups in the next open period</source>
        <translation>Рассчитать период: его строки станут окончательными; последующие изменения станут удержаниями или доначислениями в следующем открытом периоде</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation>Отчет CSV…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Отчет PDF…</translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · закрыт</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Закрыт %1, %2</translation>
    </message>
    <message>
        <source>Open · computed %1</source>
        <translation>Открыт · рассчитан %1</translation>
    </message>
    <message>
        <source>Open · not computed yet</source>
        <translation>Открыт · еще не рассчитан</translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPageWorker</name>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The recompute was cancelled; the period is as it was.</source>
        <translation>Пересчет отменен; период не изменился.</translation>
    </message>
</context>
<context>
    <name>pd::views::CompatPanel</name>
    <message>
        <source>Software</source>
        <translation>ПО</translation>
    </message>
    <message>
        <source>New track…</source>
        <translation>Новая сертификация…</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Следующий этап…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No software certification yet. A track certifies one version of the partner&apos;s software for one service in eight steps.</source>
        <translation>Сертификаций ПО пока нет. Сертификация подтверждает совместимость одной версии ПО партнера с одной услугой за восемь этапов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certified.&lt;/b&gt; Certificate %1 issued by %2 on %3, valid until %4 · %5 %6 (%7) for %8</source>
        <translation>&lt;b&gt;Сертифицировано.&lt;/b&gt; Сертификат %1 выдан %2 %3, действует до %4 · %5 %6 (%7) для %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 %3 by %4 for %5 · test project %6</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 %3, %4, для %5 · тестовый проект %6</translation>
    </message>
    <message>
        <source>not yet given</source>
        <translation>еще не выдан</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ выполнен</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Compatibility certification</source>
        <translation>Сертификация совместимости</translation>
    </message>
</context>
<context>
    <name>pd::views::CompatStepDialog</name>
    <message>
        <source>New compatibility certification</source>
        <translation>Новая сертификация совместимости</translation>
    </message>
    <message>
        <source>Compatibility track — %1 %2</source>
        <translation>Сертификация совместимости — %1 %2</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ПО</translation>
    </message>
    <message>
        <source>Given at step 2</source>
        <translation>Выдается на этапе 2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Test project ID</source>
        <translation>ID тестового проекта</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Этап %1 из %2: %3</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Start track</source>
        <translation>Начать сертификацию</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Сохранить этап</translation>
    </message>
</context>
<context>
    <name>pd::views::ConflictPanel</name>
    <message>
        <source>No other partner claims this customer and product: nothing stands in the way of approval.</source>
        <translation>Ни один другой партнер не претендует на этого клиента и продукт: одобрению ничто не мешает.</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>Эта регистрация</translation>
    </message>
    <message>
        <source>filed first: has priority</source>
        <translation>подана первой: имеет приоритет</translation>
    </message>
    <message>
        <source>filed later</source>
        <translation>подана позже</translation>
    </message>
    <message>
        <source>Competing registration</source>
        <translation>Конкурирующая регистрация</translation>
    </message>
    <message>
        <source>This field matched: it makes the two registrations one customer.</source>
        <translation>Это поле совпало: по нему две регистрации относятся к одному клиенту.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>Почтовый домен</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрирована</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message numerus="yes">
        <source>%n competing registration(s) claim this customer and product.</source>
        <translation>
            <numerusform>На этого клиента и продукт претендует %n конкурирующая регистрация.</numerusform>
            <numerusform>На этого клиента и продукт претендуют %n конкурирующие регистрации.</numerusform>
            <numerusform>На этого клиента и продукт претендуют %n конкурирующих регистраций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>e.g. Cloud Servers: design and deployment</source>
        <translation>например, «Облачные серверы: проектирование и развертывание»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>У курса должно быть название.</translation>
    </message>
</context>
<context>
    <name>pd::views::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to see what needs your attention today.</source>
        <translation>Откройте базу данных PartnerDesk, чтобы увидеть, что сегодня требует вашего внимания.</translation>
    </message>
    <message>
        <source>Registrations awaiting review</source>
        <translation>Регистрации, ожидающие рассмотрения</translation>
    </message>
    <message>
        <source>Open the review queue</source>
        <translation>Открыть очередь на рассмотрение</translation>
    </message>
    <message>
        <source>Protection ending soon</source>
        <translation>Защита скоро заканчивается</translation>
    </message>
    <message>
        <source>Show these deals</source>
        <translation>Показать эти сделки</translation>
    </message>
    <message>
        <source>Overdue feedback</source>
        <translation>Просроченные отчеты</translation>
    </message>
    <message>
        <source>Tier changes pending</source>
        <translation>Ожидаемые изменения статусов</translation>
    </message>
    <message>
        <source>Open tier candidates</source>
        <translation>Открыть кандидатов на изменение статуса</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>Истекающие сертификаты</translation>
    </message>
    <message>
        <source>Open expiring certificates</source>
        <translation>Открыть истекающие сертификаты</translation>
    </message>
    <message>
        <source>Commission this month</source>
        <translation>Комиссия за этот месяц</translation>
    </message>
    <message>
        <source>Open commissions</source>
        <translation>Открыть комиссии</translation>
    </message>
    <message>
        <source>Awaiting review, in review or waiting for confirmation</source>
        <translation>Ожидают рассмотрения, на рассмотрении или на подтверждении</translation>
    </message>
    <message>
        <source>Registered deals whose protection ends within %1 days</source>
        <translation>Зарегистрированные сделки, защита которых заканчивается в ближайшие %1 дн.</translation>
    </message>
    <message>
        <source>Protected deals with no monthly feedback for more than a month</source>
        <translation>Защищенные сделки без ежемесячного отчета больше месяца</translation>
    </message>
    <message>
        <source>Sale and Pre-Sale certificates expiring within %1 days; a lapse can cost a tier</source>
        <translation>Сертификаты «Продажи» и «Пресейл», истекающие в ближайшие %1 дн.; истечение может стоить партнеру статуса</translation>
    </message>
    <message>
        <source>%1 upgrades · %2 downgrades · %3 kept in the grace period</source>
        <translation>повышений: %1 · понижений: %2 · в льготном периоде: %3</translation>
    </message>
    <message>
        <source>Evaluating every partner&apos;s tier…</source>
        <translation>Оценка статуса каждого партнера…</translation>
    </message>
    <message>
        <source>Adding up this month&apos;s commission…</source>
        <translation>Подсчет комиссии за этот месяц…</translation>
    </message>
    <message>
        <source>No commission has been computed for this month yet</source>
        <translation>Комиссия за этот месяц еще не рассчитана</translation>
    </message>
    <message>
        <source> (%1%2 %)</source>
        <translation> (%1%2 %)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Чтение показателей…</translation>
    </message>
    <message>
        <source>What needs your attention today · as of %1 · updating…</source>
        <translation>Что сегодня требует вашего внимания · на %1 · обновление…</translation>
    </message>
    <message>
        <source>What needs your attention today · as of %1</source>
        <translation>Что сегодня требует вашего внимания · на %1</translation>
    </message>
    <message>
        <source>Commission, %1</source>
        <translation>Комиссия, %1</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Nothing computed for %1</source>
        <translation>За %1 ничего не рассчитано</translation>
    </message>
</context>
<context>
    <name>pd::views::DealDetailPanel</name>
    <message>
        <source>Add feedback…</source>
        <translation>Добавить отчет…</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Отметить как выигранную</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Отметить как проигранную</translation>
    </message>
    <message>
        <source>Request extension…</source>
        <translation>Запросить продление…</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>Одобрить продление</translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation>Отклонить продление</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Форма регистрации</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>until %1 (%2 days left)</source>
        <translation>до %1 (осталось дней: %2)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>использовано %1 из %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Последний отчет</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — просрочен</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The deal is marked won; its protection has ended.</source>
        <translation>Сделка отмечена как выигранная; ее защита закончилась.</translation>
    </message>
    <message>
        <source>The deal is marked lost; its protection has ended.</source>
        <translation>Сделка отмечена как проигранная; ее защита закончилась.</translation>
    </message>
    <message>
        <source>Request a protection extension</source>
        <translation>Запрос на продление защиты</translation>
    </message>
    <message>
        <source>Why does the partner need more time? A manager approves or denies the request; at most %1 extensions of %2 days are granted.</source>
        <translation>Зачем партнеру больше времени? Менеджер одобряет или отклоняет запрос; предоставляется не более %1 продлений по %2 дн.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <source>The extension request is recorded and waits for a decision.</source>
        <translation>Запрос на продление записан и ждет решения.</translation>
    </message>
    <message>
        <source>Extension approved: %1 more days of protection.</source>
        <translation>Продление одобрено: еще %1 дн. защиты.</translation>
    </message>
    <message>
        <source>Extension denied.</source>
        <translation>В продлении отказано.</translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation>Отчет записан.</translation>
    </message>
</context>
<context>
    <name>pd::views::DealText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>pd::views::DealTimelineView</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Registration filed</source>
        <translation>Регистрация подана</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Approved: registered and protected</source>
        <translation>Одобрена: зарегистрирована и под защитой</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>%1 days from registration</source>
        <translation>%1 дн. с даты регистрации</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Deal reopened</source>
        <translation>Сделка возобновлена</translation>
    </message>
    <message>
        <source>Registration form edited</source>
        <translation>Форма регистрации изменена</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Запрошено продление защиты</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>Продление одобрено</translation>
    </message>
    <message>
        <source>Extension denied</source>
        <translation>В продлении отказано</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <source>%1 more days</source>
        <translation>еще %1 дн.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Отчет: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
</context>
<context>
    <name>pd::views::DealsPage</name>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>New registration…</source>
        <translation>Новая регистрация…</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Сделок пока нет</translation>
    </message>
    <message>
        <source>Partners register deals to protect them from competing partners. File the first registration on a partner&apos;s behalf, or wait for them to arrive.</source>
        <translation>Партнеры регистрируют сделки, чтобы защитить их от конкурирующих партнеров. Подайте первую регистрацию от имени партнера или дождитесь, пока они поступят.</translation>
    </message>
    <message>
        <source>No deal matches these filters</source>
        <translation>Нет сделок, подходящих под эти фильтры</translation>
    </message>
    <message>
        <source>Try another search or clear the filters.</source>
        <translation>Попробуйте другой запрос или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to see its deals.</source>
        <translation>Откройте базу данных PartnerDesk, чтобы увидеть ее сделки.</translation>
    </message>
    <message>
        <source>No deal selected</source>
        <translation>Сделка не выбрана</translation>
    </message>
    <message>
        <source>Select a deal to see its protection, its timeline of decisions, feedback and extensions, and what you can do next.</source>
        <translation>Выберите сделку, чтобы увидеть ее защиту, историю решений, отчеты и продления и то, что можно сделать дальше.</translation>
    </message>
    <message>
        <source>Search customer, INN, partner or product</source>
        <translation>Поиск по клиенту, ИНН, партнеру или продукту</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Registered · in progress</source>
        <translation>Сделка в работе</translation>
    </message>
    <message>
        <source>Registered · won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Registered · lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все продукты</translation>
    </message>
    <message>
        <source>Any protection</source>
        <translation>Любая защита</translation>
    </message>
    <message>
        <source>Protection ends within %1 days</source>
        <translation>Защита истекает за %1 дн.</translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation>Отчет просрочен</translation>
    </message>
    <message>
        <source>Has conflicts</source>
        <translation>Есть конфликты</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнеры</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) and registration(s)</source>
        <translation>
            <numerusform>%Ln сделка или регистрация</numerusform>
            <numerusform>%Ln сделки или регистрации</numerusform>
            <numerusform>%Ln сделок или регистраций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::EnrollmentDialog</name>
    <message>
        <source>Training progress — %1</source>
        <translation>Ход обучения — %1</translation>
    </message>
    <message>
        <source>Enrol — %1</source>
        <translation>Запись на курс — %1</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Новый курс…</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Сохранить прогресс</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>This partner has no people yet. Add them on the Partners page first.</source>
        <translation>У этого партнера пока нет сотрудников. Сначала добавьте их на странице «Партнеры».</translation>
    </message>
    <message>
        <source>The catalogue has no course yet: add one with New course….</source>
        <translation>В каталоге пока нет курсов: добавьте курс кнопкой «Новый курс…».</translation>
    </message>
</context>
<context>
    <name>pd::views::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>What the page shows (columns, filter and sort)</source>
        <translation>То, что показано на странице (столбцы, фильтр и сортировка)</translation>
    </message>
    <message>
        <source>Everything in the table, in the columns import reads back</source>
        <translation>Всю таблицу, в столбцах, которые читает импорт</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;) for Excel with a decimal comma</source>
        <translation>Точка с запятой (;) — для Excel с десятичной запятой</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Byte order mark, so that Excel reads Cyrillic right</source>
        <translation>Метка порядка байтов, чтобы Excel правильно читал кириллицу</translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>Ячейки, которые электронная таблица выполнила бы как формулу, записываются с апострофом в начале.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln строка записана в %1.</numerusform>
            <numerusform>%Ln строки записаны в %1.</numerusform>
            <numerusform>%Ln строк записаны в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation>Записано строк: %1 из %2…</translation>
    </message>
</context>
<context>
    <name>pd::views::ExportJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменен; файл не записан.</translation>
    </message>
</context>
<context>
    <name>pd::views::FeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation>Добавить отчет</translation>
    </message>
    <message>
        <source>Where the deal stands and what happens next</source>
        <translation>В каком состоянии сделка и что будет дальше</translation>
    </message>
    <message>
        <source>One per line: Budget cut — the CFO wants a cheaper option</source>
        <translation>По одному в строке: Сокращение бюджета — финансовый директор хочет вариант дешевле</translation>
    </message>
    <message>
        <source>One per line: Yandex Cloud — offered a 3-month free pilot</source>
        <translation>По одному в строке: Yandex Cloud — предложил бесплатный пилот на 3 месяца</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
</context>
<context>
    <name>pd::views::FieldText</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation>Этап подключения</translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation>Менеджер по работе с партнером</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Название бренда</translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation>Модель оплаты клиента</translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation>Ограниченные услуги</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Должность контакта</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Place in the contact list</source>
        <translation>Место в списке контактов</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Название партнера</translation>
    </message>
    <message>
        <source>Partner INN</source>
        <translation>ИНН партнера</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Кому ответить</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation>ID проектов</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected year</source>
        <translation>Ожидаемый год</translation>
    </message>
    <message>
        <source>Expected quarter</source>
        <translation>Ожидаемый квартал</translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation>Годовое потребление</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Комментарий к решению</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Protection, days</source>
        <translation>Защита, дней</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Length, hours</source>
        <translation>Продолжительность, часов</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Test project ID</source>
        <translation>ID тестового проекта</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(вся запись)</translation>
    </message>
    <message>
        <source>Protection extension</source>
        <translation>Продление защиты</translation>
    </message>
    <message>
        <source>Deal feedback</source>
        <translation>Отчет по сделке</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Compatibility certification</source>
        <translation>Сертификация совместимости</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>(changed rules)</source>
        <translation>(правила изменены)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pd::views::FormMessageLabel</name>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>pd::views::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8; &apos;,&apos; or &apos;;&apos;). Nothing is changed until every row is right.</source>
        <translation>Выберите CSV-файл (UTF-8; «,» или «;»). Ничего не меняется, пока все строки не будут верны.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation>Сохранить ошибки в CSV…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Импорт из</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (пропущен)</translation>
    </message>
    <message>
        <source>Delimiter &apos;%1&apos;. Columns matched for %2.</source>
        <translation>Разделитель «%1». Сопоставлены столбцы для «%2».</translation>
    </message>
    <message>
        <source>Ignored (unknown) columns: %1.</source>
        <translation>Пропущенные (неизвестные) столбцы: %1.</translation>
    </message>
    <message>
        <source>Showing the first rows. Check finds every problem without changing anything.</source>
        <translation>Показаны первые строки. Проверка находит все ошибки, ничего не меняя.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Строк: %1; новых — %2, изменено — %3, без изменений — %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing was imported. Correct the file and try again.</source>
        <translation>
            <numerusform>Найдена %Ln ошибка; ничего не импортировано. Исправьте файл и повторите попытку.</numerusform>
            <numerusform>Найдено %Ln ошибки; ничего не импортировано. Исправьте файл и повторите попытку.</numerusform>
            <numerusform>Найдено %Ln ошибок; ничего не импортировано. Исправьте файл и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is right. Importing would give: %1</source>
        <translation>Все строки верны. Результат импорта: %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Импортировано. %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Пропущенные столбцы: %1.</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Сохранение ошибок</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>No backup was made before the import: %1</source>
        <translation>Перед импортом не удалось сделать резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>pd::views::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>%1 registrations awaiting review</source>
        <translation>Регистраций, ожидающих рассмотрения: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation>&amp;Новый партнер</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>&amp;Удалить партнера…</translation>
    </message>
    <message>
        <source>&amp;Program Rules…</source>
        <translation>П&amp;равила программы…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Рассмотрение</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Сделки</translation>
    </message>
    <message>
        <source>New &amp;Registration…</source>
        <translation>Новая &amp;регистрация…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>PartnerDesk databases</source>
        <translation>Базы данных PartnerDesk</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>%1 already exists. PartnerDesk never overwrites a file; choose another name, or use File → Open Database to open it.</source>
        <translation>%1 уже существует. PartnerDesk никогда не перезаписывает файлы; выберите другое имя или откройте файл через «Файл → Открыть базу данных».</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 больше не существует.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнер</numerusform>
            <numerusform>%Ln партнера</numerusform>
            <numerusform>%Ln партнеров</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Account…</source>
        <translation>&amp;Учетная запись синхронизации…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Creating demo partners and their people…</source>
        <translation>Создаются демонстрационные партнеры и их сотрудники…</translation>
    </message>
    <message>
        <source>Writing two years of consumption and pricing the commission…</source>
        <translation>Записывается потребление за два года и рассчитывается комиссия…</translation>
    </message>
    <message>
        <source>Creating deal registrations…</source>
        <translation>Создаются регистрации сделок…</translation>
    </message>
    <message>
        <source>No daily backup: %1</source>
        <translation>Ежедневная резервная копия не сделана: %1</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>pd::views::NewRegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>Новая регистрация сделки</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Кому ответить</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>ООО «Ромашка»</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <source>10 or 12 digits; empty if unknown</source>
        <translation>10 или 12 цифр; пусто, если неизвестен</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation>ID проектов</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>RUB excl. VAT</source>
        <translation>руб. без НДС</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>RUB per year</source>
        <translation>руб. в год</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation>Годовое потребление</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>File registration</source>
        <translation>Подать регистрацию</translation>
    </message>
    <message>
        <source>The amount %1 is not a number of rubles.</source>
        <translation>Сумма %1 — не число рублей.</translation>
    </message>
    <message>
        <source>The annual consumption %1 is not a number of rubles.</source>
        <translation>Годовое потребление %1 — не число рублей.</translation>
    </message>
    <message>
        <source>Competing registrations of other partners appear here as you enter the partner, the customer and the products.</source>
        <translation>Конкурирующие регистрации других партнеров появятся здесь, когда вы укажете партнера, клиента и продукты.</translation>
    </message>
    <message>
        <source>No other partner claims this customer and product.</source>
        <translation>Ни один другой партнер не претендует на этого клиента и продукт.</translation>
    </message>
    <message numerus="yes">
        <source>This registration would compete with %n registration(s):</source>
        <translation>
            <numerusform>Эта регистрация будет конкурировать с %n регистрацией:</numerusform>
            <numerusform>Эта регистрация будет конкурировать с %n регистрациями:</numerusform>
            <numerusform>Эта регистрация будет конкурировать с %n регистрациями:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or INN to find the partner</source>
        <translation>Начните вводить название или ИНН партнера</translation>
    </message>
</context>
<context>
    <name>pd::views::PartnerEditor</name>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Notes about this partner: agreements, next steps, anything worth remembering.</source>
        <translation>Заметки о партнере: договоренности, следующие шаги — все, что стоит помнить.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>e.g. LLC “Northern Cloud”</source>
        <translation>например, ООО «Северное облако»</translation>
    </message>
    <message>
        <source>10 digits (legal entity) or 12 (sole proprietor)</source>
        <translation>10 цифр (юрлицо) или 12 (ИП)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>White Label settings</source>
        <translation>Настройки White Label</translation>
    </message>
    <message>
        <source>Services the clients may not use, separated by commas</source>
        <translation>Услуги, которыми клиентам пользоваться нельзя, через запятую</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Название бренда</translation>
    </message>
    <message>
        <source>Client payment</source>
        <translation>Оплата клиента</translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation>Ограниченные услуги</translation>
    </message>
    <message>
        <source>Agents have no status: only Partners and White Label partners do.</source>
        <translation>У агентов нет статуса: он есть только у партнеров и партнеров White Label.</translation>
    </message>
    <message>
        <source>This INN already belongs to “%1”.</source>
        <translation>Этот ИНН уже принадлежит партнеру «%1».</translation>
    </message>
    <message>
        <source>Contacts ⚠</source>
        <translation>Контакты ⚠</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнер</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>изменен %1</translation>
    </message>
    <message>
        <source>The history of a partner appears here once it is saved.</source>
        <translation>История партнера появится здесь после его сохранения.</translation>
    </message>
    <message>
        <source>Not set (required)</source>
        <translation>Не указана (обязательно)</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Контакты: %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>не заполнено поле «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To save, fill in the fields marked *: %1.</source>
        <translation>Чтобы сохранить, заполните поля, отмеченные *: %1.</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Сохранить нельзя: %1.</translation>
    </message>
</context>
<context>
    <name>pd::views::PartnerHistoryView</name>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The history of a partner appears here once it is saved.</source>
        <translation>История партнера появится здесь после его сохранения.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Должность контакта</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation>Этап подключения</translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation>Менеджер по работе с партнером</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Название бренда</translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation>Модель оплаты клиента</translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation>Ограниченные услуги</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>No changes have been recorded for this partner yet.</source>
        <translation>Изменений по этому партнеру пока не записано.</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Контакт добавлен</translation>
    </message>
    <message>
        <source>Partner created</source>
        <translation>Партнер создан</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Контакт удален</translation>
    </message>
    <message>
        <source>Partner deleted</source>
        <translation>Партнер удален</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>Контакт изменен</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменен</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>Изменено %n поле</numerusform>
            <numerusform>Изменено %n поля</numerusform>
            <numerusform>Изменено %n полей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнер</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Партнеров пока нет</translation>
    </message>
    <message>
        <source>Add the first partner company of your portfolio. Its record, contacts and change history will appear here.</source>
        <translation>Добавьте первую компанию-партнера в свой портфель. Здесь появятся ее карточка, контакты и история изменений.</translation>
    </message>
    <message>
        <source>No partner matches these filters</source>
        <translation>Нет партнеров, подходящих под эти фильтры</translation>
    </message>
    <message>
        <source>Try another search or clear the filters.</source>
        <translation>Попробуйте другой запрос или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Create a new PartnerDesk database or open an existing one to see partners.</source>
        <translation>Создайте новую базу данных PartnerDesk или откройте существующую, чтобы увидеть партнеров.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Новая база данных…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Партнер не выбран</translation>
    </message>
    <message>
        <source>Select a partner in the table to see and edit its details, contacts and history.</source>
        <translation>Выберите партнера в таблице, чтобы просмотреть и изменить его сведения, контакты и историю.</translation>
    </message>
    <message>
        <source>Search by name, INN, manager or region</source>
        <translation>Поиск по названию, ИНН, менеджеру или региону</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Your portfolio is empty</source>
        <translation>Ваш портфель пуст</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) in your portfolio</source>
        <translation>
            <numerusform>В вашем портфеле %Ln партнер</numerusform>
            <numerusform>В вашем портфеле %Ln партнера</numerusform>
            <numerusform>В вашем портфеле %Ln партнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n партнера</numerusform>
            <numerusform>Показано %1 из %n партнеров</numerusform>
            <numerusform>Показано %1 из %n партнеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The new partner has not been saved.</source>
        <translation>Новый партнер не сохранен.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>В «%1» есть несохраненные изменения.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Удаление партнера</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>The partner and its %n contact(s) are removed from this database. The deletion is recorded in the audit log, and Edit → Undo brings the partner back.</source>
        <translation>
            <numerusform>Партнер и его %n контакт удаляются из этой базы данных. Удаление записывается в журнал изменений, а «Правка → Отменить» возвращает партнера.</numerusform>
            <numerusform>Партнер и его %n контакта удаляются из этой базы данных. Удаление записывается в журнал изменений, а «Правка → Отменить» возвращает партнера.</numerusform>
            <numerusform>Партнер и его %n контактов удаляются из этой базы данных. Удаление записывается в журнал изменений, а «Правка → Отменить» возвращает партнера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Delete partner…</source>
        <translation>Удалить партнера…</translation>
    </message>
</context>
<context>
    <name>pd::views::PeopleEditor</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Контакт %1: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>pd::views::PeopleTrainingPanel</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Записать на курс…</translation>
    </message>
    <message>
        <source>Update progress…</source>
        <translation>Обновить прогресс…</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Добавить сертификат…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истек</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>Истекает в ближайшие %1 дн.</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Записать на курс</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>Добавить сертификат</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>Удаление сертификата</translation>
    </message>
    <message>
        <source>Remove the %1 certificate of %2? The removal is recorded in the audit log.</source>
        <translation>Удалить сертификат «%1» сотрудника %2? Удаление записывается в журнал изменений.</translation>
    </message>
</context>
<context>
    <name>pd::views::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet</source>
        <translation>В этой версии пока недоступно</translation>
    </message>
    <message>
        <source>What this page will hold:</source>
        <translation>Что будет на этой странице:</translation>
    </message>
</context>
<context>
    <name>pd::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language Changed</source>
        <translation>Язык изменен</translation>
    </message>
    <message>
        <source>PartnerDesk speaks the new language after a restart. Restart now?</source>
        <translation>PartnerDesk заговорит на новом языке после перезапуска. Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапуск</translation>
    </message>
    <message>
        <source>System follows the dark mode of your desktop where it tells PartnerDesk.</source>
        <translation>«Как в системе» следует тёмному режиму рабочего стола, если система о нём сообщает.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>The interface, numbers, dates and amounts follow the chosen language. A new language takes effect when PartnerDesk starts again; a new appearance at once.</source>
        <translation>Интерфейс, числа, даты и суммы следуют выбранному языку. Новый язык вступает в силу после перезапуска PartnerDesk, новое оформление — сразу.</translation>
    </message>
    <message>
        <source>PartnerDesk could not start again. Start it yourself to switch the language.</source>
        <translation>Не удалось снова запустить PartnerDesk. Запустите его сами, чтобы сменить язык.</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation>Хранится самая новая копия за каждый из стольких дней.</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>&amp;Ежедневных копий:</translation>
    </message>
    <message>
        <source>Then the newest backup of each of this many weeks before those.</source>
        <translation>И ещё самая новая копия за каждую из стольких недель до них.</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>Е&amp;женедельных копий:</translation>
    </message>
</context>
<context>
    <name>pd::views::ProgramRulesDialog</name>
    <message>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>New version from</source>
        <translation>Новая версия с</translation>
    </message>
    <message>
        <source>Example default: the program publishes no numbers. These values are the shipped examples until an administrator saves the program&apos;s own.</source>
        <translation>Пример по умолчанию: программа не публикует числа. Эти значения — поставляемые примеры, пока администратор не сохранит собственные значения программы.</translation>
    </message>
    <message>
        <source>Sales, 12 months</source>
        <translation>Продажи за 12 месяцев</translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation>Сертифицированные специалисты</translation>
    </message>
    <message>
        <source>of them Pre-Sale</source>
        <translation>из них по пресейлу</translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation>Выигранные зарегистрированные сделки</translation>
    </message>
    <message>
        <source>Gold requires</source>
        <translation>Для Золотого нужно</translation>
    </message>
    <message>
        <source>Platinum requires</source>
        <translation>Для Платинового нужно</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Grace before a downgrade</source>
        <translation>Льготный период перед понижением</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Срок действия сертификата</translation>
    </message>
    <message>
        <source>Deal protection</source>
        <translation>Защита сделки</translation>
    </message>
    <message>
        <source>Protection extension</source>
        <translation>Продление защиты</translation>
    </message>
    <message>
        <source>Extensions at most</source>
        <translation>Не более продлений</translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation>Партнерская скидка</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Базовая</translation>
    </message>
    <message>
        <source>Registered, Silver</source>
        <translation>Зарегистрированная, Серебряный</translation>
    </message>
    <message>
        <source>Registered, Gold</source>
        <translation>Зарегистрированная, Золотой</translation>
    </message>
    <message>
        <source>Registered, Platinum</source>
        <translation>Зарегистрированная, Платиновый</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Сохранить версию</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ₽</source>
        <translation> ₽</translation>
    </message>
    <message>
        <source>From %1 · example defaults</source>
        <translation>С %1 · значения по умолчанию</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>Действуют с %1</translation>
    </message>
    <message>
        <source>From %1 · not saved</source>
        <translation>С %1 · не сохранено</translation>
    </message>
</context>
<context>
    <name>pd::views::RegistrationView</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Кому ответить</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation>ID проектов</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation>Годовое потребление</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 · INN %2</source>
        <translation>%1 · ИНН %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>pd::views::RejectedText</name>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your role on the server, %1, may not change records.</source>
        <translation>С ролью «%1» на сервере изменять записи нельзя.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the manager role, or discard the change.</source>
        <translation>Попросите администратора сервера дать вам роль менеджера или отбросьте изменение.</translation>
    </message>
    <message>
        <source>Partner %1 is assigned to another manager.</source>
        <translation>Партнёр %1 закреплён за другим менеджером.</translation>
    </message>
    <message>
        <source>Ask the partner&apos;s manager to make this change, or discard yours.</source>
        <translation>Попросите менеджера этого партнёра внести изменение или отбросьте своё.</translation>
    </message>
    <message>
        <source>You may only save partners whose %1 is you (%2).</source>
        <translation>Вы можете сохранять только тех партнёров, у которых в поле %1 указаны вы (%2).</translation>
    </message>
    <message>
        <source>Set %1 back to %2, or ask an administrator to hand the partner over.</source>
        <translation>Верните в поле %1 значение %2 или попросите администратора передать вам партнёра.</translation>
    </message>
    <message>
        <source>Only an administrator may change records of the kind %1.</source>
        <translation>Изменять записи вида %1 может только администратор.</translation>
    </message>
    <message>
        <source>Ask an administrator to make this change, then discard yours.</source>
        <translation>Попросите администратора внести это изменение, а своё отбросьте.</translation>
    </message>
    <message>
        <source>%1 cannot change: a record stays with the one it was created under.</source>
        <translation>Поле %1 менять нельзя: запись остаётся при той, к которой была создана.</translation>
    </message>
    <message>
        <source>Discard this change and add the record anew where it belongs.</source>
        <translation>Отбросьте изменение и создайте запись заново там, где ей место.</translation>
    </message>
    <message>
        <source>What it belongs to is no longer on the server: %1.</source>
        <translation>Запись, к которой она относится, на сервере удалена: %1.</translation>
    </message>
    <message>
        <source>Discard the change; if the record is still needed, add it again under one that exists.</source>
        <translation>Отбросьте изменение; если запись ещё нужна, создайте её заново при существующей.</translation>
    </message>
    <message>
        <source>Partner %1 is not assigned to you (%2), so its records are not yours to change.</source>
        <translation>Партнёр %1 не закреплён за вами (%2), поэтому менять его записи нельзя.</translation>
    </message>
    <message>
        <source>Ask the partner&apos;s manager or an administrator to make this change, or discard yours.</source>
        <translation>Попросите менеджера партнёра или администратора внести изменение или отбросьте своё.</translation>
    </message>
    <message>
        <source>The server does not know the deal state %1.</source>
        <translation>Сервер не знает состояния сделки %1.</translation>
    </message>
    <message>
        <source>Edit the deal, choose one of the states the form offers and save it again.</source>
        <translation>Откройте сделку, выберите одно из состояний, которые предлагает форма, и сохраните её снова.</translation>
    </message>
    <message>
        <source>The server does not know the deal outcome %1.</source>
        <translation>Сервер не знает итога сделки %1.</translation>
    </message>
    <message>
        <source>Edit the deal, choose one of the outcomes the form offers and save it again.</source>
        <translation>Откройте сделку, выберите один из итогов, которые предлагает форма, и сохраните её снова.</translation>
    </message>
    <message>
        <source>A deal&apos;s state cannot change from %1 to %2.</source>
        <translation>Состояние сделки не может смениться с %1 на %2.</translation>
    </message>
    <message>
        <source>Edit the deal and take it through the steps the review allows (the Deals page offers only those), then save it again.</source>
        <translation>Откройте сделку и проведите её по шагам, которые допускает рассмотрение (страница «Сделки» предлагает только их), затем сохраните снова.</translation>
    </message>
    <message>
        <source>A deal&apos;s outcome cannot change from %1 to %2.</source>
        <translation>Итог сделки не может смениться с %1 на %2.</translation>
    </message>
    <message>
        <source>Edit the deal and save it again with an outcome that may follow %1.</source>
        <translation>Откройте сделку и сохраните её снова с итогом, который может следовать за %1.</translation>
    </message>
    <message>
        <source>Partner %1 already holds a protected registration of %2 for %3, until %4.</source>
        <translation>У партнёра %1 уже есть защищённая регистрация клиента %2 на %3 — до %4.</translation>
    </message>
    <message>
        <source>Decide on %1&apos;s registration first: once it is rejected or its protection ends, register this deal again.</source>
        <translation>Сначала решите судьбу регистрации партнёра %1: когда её отклонят или её защита закончится, зарегистрируйте эту сделку снова.</translation>
    </message>
    <message>
        <source>Partner %1 registered the same customer for %2 earlier (%3): that registration has priority.</source>
        <translation>Партнёр %1 раньше зарегистрировал того же клиента на %2 (%3): приоритет у его регистрации.</translation>
    </message>
    <message>
        <source>Decide on %1&apos;s registration first: reject it, or reject this one.</source>
        <translation>Сначала решите судьбу регистрации партнёра %1: отклоните её или эту.</translation>
    </message>
    <message>
        <source>A registered deal needs %1 and %2.</source>
        <translation>Для зарегистрированной сделки нужны поля %1 и %2.</translation>
    </message>
    <message>
        <source>Edit the deal, fill in %1 and %2 and save it again.</source>
        <translation>Откройте сделку, заполните поля %1 и %2 и сохраните её снова.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Сервер не указал причину.</translation>
    </message>
    <message>
        <source>Check the change and make it again, or discard it to get the server&apos;s values back.</source>
        <translation>Проверьте изменение и внесите его снова или отбросьте, чтобы вернуть значения с сервера.</translation>
    </message>
    <message>
        <source>The server needs a value of %1.</source>
        <translation>Сервер требует значение поля %1.</translation>
    </message>
    <message>
        <source>The server does not accept %1 as %2.</source>
        <translation>Сервер не принимает %1 как значение поля %2.</translation>
    </message>
    <message>
        <source>Edit the record, correct %1 and save it again, or discard the change.</source>
        <translation>Измените запись, исправьте %1 и сохраните её снова или отбросьте изменение.</translation>
    </message>
</context>
<context>
    <name>pd::views::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. The current file is not deleted: it is kept beside the restored one under a name that ends in “before-restore”.</source>
        <translation>Резервные копии %1 в %2, сначала новые. Текущий файл не удаляется: он остаётся рядом с восстановленным под именем, которое оканчивается на «before-restore».</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Что в ней</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Проверка резервных копий…</translation>
    </message>
    <message>
        <source>Damaged, cannot be restored: %1</source>
        <translation>Повреждена, восстановить нельзя: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. PartnerDesk makes one every day while it runs, and before an upgrade, an import or a full resync.</source>
        <translation>Резервных копий этой базы пока нет. PartnerDesk делает копию каждый день, пока запущен, а также перед обновлением, импортом и полной синхронизацией.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed their check and cannot be restored.</source>
        <translation>
            <numerusform>%n копия не прошла проверку, её нельзя восстановить.</numerusform>
            <numerusform>%n копии не прошли проверку, их нельзя восстановить.</numerusform>
            <numerusform>%n копий не прошли проверку, их нельзя восстановить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup passed its check.</source>
        <translation>Все копии прошли проверку.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup made %2?</source>
        <translation>Заменить %1 резервной копией от %2?</translation>
    </message>
    <message>
        <source>Changes made since then are not in the backup. The current file is kept beside it, so nothing is lost; changes not yet sent to the team server stay in that file.</source>
        <translation>Изменений, сделанных после этого, в копии нет. Текущий файл сохранится рядом, поэтому ничего не потеряется; изменения, ещё не отправленные на сервер команды, останутся в нём.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>Заменённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>pd::views::ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>Очередь на рассмотрение</translation>
    </message>
    <message>
        <source>Take into review</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Request confirmation</source>
        <translation>На подтверждение</translation>
    </message>
    <message>
        <source>Return to partner…</source>
        <translation>Вернуть партнеру…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Рассматривать нечего</translation>
    </message>
    <message>
        <source>Every registration has been decided. New registrations from partners appear here, oldest first.</source>
        <translation>По всем регистрациям приняты решения. Новые регистрации от партнеров появляются здесь, сначала самые старые.</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to review its deal registrations.</source>
        <translation>Откройте базу данных PartnerDesk, чтобы рассмотреть ее регистрации сделок.</translation>
    </message>
    <message>
        <source>No registration selected</source>
        <translation>Регистрация не выбрана</translation>
    </message>
    <message>
        <source>Select a registration to see its form and the registrations of other partners that compete with it.</source>
        <translation>Выберите регистрацию, чтобы увидеть ее форму и конкурирующие с ней регистрации других партнеров.</translation>
    </message>
    <message>
        <source>Competing registrations</source>
        <translation>Конкурирующие регистрации</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Форма регистрации</translation>
    </message>
    <message>
        <source>No registrations are awaiting a decision</source>
        <translation>Нет регистраций, ожидающих решения</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) awaiting a decision, oldest first</source>
        <translation>
            <numerusform>%Ln регистрация ждет решения, сначала самые старые</numerusform>
            <numerusform>%Ln регистрации ждут решения, сначала самые старые</numerusform>
            <numerusform>%Ln регистраций ждут решения, сначала самые старые</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Одобрить: %1</translation>
    </message>
    <message>
        <source>Reject %1…</source>
        <translation>Отклонить: %1…</translation>
    </message>
    <message>
        <source>%1 · filed %2 · %3</source>
        <translation>%1 · подана %2 · %3</translation>
    </message>
    <message>
        <source>Reject %1 registrations</source>
        <translation>Отклонение регистраций (%1)</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Отклонение регистрации</translation>
    </message>
    <message>
        <source>The partner sees this reason. A rejection is final; the partner may file a new registration.</source>
        <translation>Партнер увидит эту причину. Отказ окончателен; партнер может подать новую регистрацию.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Return %1 registrations to the partner</source>
        <translation>Возврат регистраций партнеру (%1)</translation>
    </message>
    <message>
        <source>Return to the partner</source>
        <translation>Возврат партнеру</translation>
    </message>
    <message>
        <source>Tell the partner what to change; the registration comes back to the queue when it is resubmitted.</source>
        <translation>Напишите партнеру, что изменить; регистрация вернется в очередь, когда он отправит ее снова.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>returned to the partner</source>
        <translation>возвращено партнеру</translation>
    </message>
    <message>
        <source>taken into review</source>
        <translation>взято на рассмотрение</translation>
    </message>
    <message>
        <source>sent for confirmation</source>
        <translation>отправлено на подтверждение</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>All %1 registrations were %2.</source>
        <translation>Все регистрации (%1): %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: не %2.</translation>
    </message>
    <message>
        <source>%1 of %2 registrations were %3; %4 refused:</source>
        <translation>%3: %1 из %2 регистраций; не удалось: %4:</translation>
    </message>
    <message>
        <source>Search customer, INN, partner or product</source>
        <translation>Поиск по клиенту, ИНН, партнеру или продукту</translation>
    </message>
    <message>
        <source>No registration matches</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer, INN, partner or product in the queue matches «%1».</source>
        <translation>В очереди ничего не подходит под «%1» (клиент, ИНН, партнер, продукт).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 awaiting a decision match the search</source>
        <translation>
            <numerusform>Найдена %Ln из %1 регистраций, ждущих решения</numerusform>
            <numerusform>Найдены %Ln из %1 регистраций, ждущих решения</numerusform>
            <numerusform>Найдено %Ln из %1 регистраций, ждущих решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) selected: %1. Approve, Reject and Return apply to all of them, each checked on its own. The form below shows %2.</source>
        <translation>
            <numerusform>Выбрана %Ln регистрация: %1. «Одобрить», «Отклонить» и «Вернуть» действуют на все выбранные, каждая проверяется отдельно. Ниже показана форма: %2.</numerusform>
            <numerusform>Выбраны %Ln регистрации: %1. «Одобрить», «Отклонить» и «Вернуть» действуют на все выбранные, каждая проверяется отдельно. Ниже показана форма: %2.</numerusform>
            <numerusform>Выбрано %Ln регистраций: %1. «Одобрить», «Отклонить» и «Вернуть» действуют на все выбранные, каждая проверяется отдельно. Ниже показана форма: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve registrations</source>
        <translation>Одобрение регистраций</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)?</source>
        <translation>
            <numerusform>Одобрить %n регистрацию?</numerusform>
            <numerusform>Одобрить %n регистрации?</numerusform>
            <numerusform>Одобрить %n регистраций?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is checked on its own; a registration that competes with a protected one stays in the queue.</source>
        <translation>Каждая проверяется отдельно; регистрация, которая конкурирует с защищённой, останется в очереди.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Одобрить %n</numerusform>
            <numerusform>Одобрить %n</numerusform>
            <numerusform>Одобрить %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s): %1</source>
        <translation>
            <numerusform>%Ln регистрация: %1</numerusform>
            <numerusform>%Ln регистрации: %1</numerusform>
            <numerusform>%Ln регистраций: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n</source>
        <translation>
            <numerusform>Отклонить %n</numerusform>
            <numerusform>Отклонить %n</numerusform>
            <numerusform>Отклонить %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n</source>
        <translation>
            <numerusform>Вернуть %n</numerusform>
            <numerusform>Вернуть %n</numerusform>
            <numerusform>Вернуть %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Найти команду или клавишу</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>pd::views::SyncLogModel</name>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>%1 to %2 with %3</source>
        <translation>%1 – %2, сервер: %3</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>не указан</translation>
    </message>
</context>
<context>
    <name>pd::views::SyncLogView</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt; — every run on this computer, newest first.</source>
        <translation>&lt;b&gt;Журнал синхронизации&lt;/b&gt; — все запуски на этом компьютере, сначала новые.</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Все запуски</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Только проблемы</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>No sync has run yet. Each run is listed here with its result, what it sent and received, and its error.</source>
        <translation>Синхронизаций ещё не было. Здесь будет каждый запуск: результат, что отправлено и получено, ошибка.</translation>
    </message>
    <message>
        <source>No problems: every run synced fully.</source>
        <translation>Проблем нет: все запуски синхронизировали всё.</translation>
    </message>
    <message>
        <source>No run matches the filter.</source>
        <translation>Под фильтр не подходит ни один запуск.</translation>
    </message>
</context>
<context>
    <name>pd::views::SyncPage</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>kept, edited</source>
        <translation>сохранена, изменена</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Синхронизация и конфликты</translation>
    </message>
    <message>
        <source>Apply the deletions</source>
        <translation>Применить удаления</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — you and a colleague changed the same field; both values are kept until you choose.</source>
        <translation>&lt;b&gt;Конфликты&lt;/b&gt; — вы и коллега изменили одно поле; оба значения хранятся, пока вы не выберете.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes not on the server yet&lt;/b&gt; — pending ones go with the next sync; rejected ones say why.</source>
        <translation>&lt;b&gt;Ещё не на сервере&lt;/b&gt; — ожидающие уйдут при следующей синхронизации; у отклонённых указана причина.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Discard rejected change</source>
        <translation>Отбросить отклонённое изменение</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>No sync account yet: set the server and your user in File → Sync Account…</source>
        <translation>Учетной записи синхронизации пока нет: укажите сервер и пользователя в меню «Файл → Учетная запись синхронизации…»</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Учётная запись: %1</translation>
    </message>
    <message>
        <source>No sync account yet: File → Sync Account…</source>
        <translation>Учетной записи синхронизации пока нет: «Файл → Учетная запись синхронизации…»</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Retrying by itself at %1.</source>
        <translation>Повторная попытка — автоматически в %1.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation>Изменить значение</translation>
    </message>
    <message>
        <source>%1 of «%2»:</source>
        <translation>%1 в «%2»:</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation>Конфликтов нет: ничто не ждёт вашего решения.</translation>
    </message>
    <message>
        <source>No conflicts. When you and a colleague change the same field, both values wait here for your choice.</source>
        <translation>Конфликтов нет. Когда вы и коллега измените одно и то же поле, оба значения будут ждать здесь вашего выбора.</translation>
    </message>
    <message>
        <source>No unsent changes: everything is on the server.</source>
        <translation>Неотправленных изменений нет: всё уже на сервере.</translation>
    </message>
    <message>
        <source>No unsent changes. What you change is listed here until it is sent to the team server; set up the server in File → Sync Account…</source>
        <translation>Неотправленных изменений нет. Ваши изменения видны здесь, пока не отправлены на сервер команды; сервер настраивается в меню Файл → Учетная запись синхронизации…</translation>
    </message>
    <message>
        <source>Theirs changed by</source>
        <translation>Автор их значения</translation>
    </message>
    <message>
        <source>Who stored the server&apos;s value, from which device and when</source>
        <translation>Кто сохранил значение на сервере, с какого устройства и когда</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl+A: all) to settle them by one rule.</source>
        <translation>Выделите несколько строк (Ctrl+A — все), чтобы решить их по одному правилу.</translation>
    </message>
    <message>
        <source>Keep the newer</source>
        <translation>Оставить более новое</translation>
    </message>
    <message>
        <source>For each conflict, the value changed last: yours (by this computer&apos;s history) or theirs (by the server&apos;s time)</source>
        <translation>Для каждого конфликта — значение, изменённое последним: ваше (по истории этого компьютера) или их (по времени сервера)</translation>
    </message>
    <message>
        <source>%1
Changed here: %2</source>
        <translation>%1
Изменено здесь: %2</translation>
    </message>
    <message numerus="yes">
        <source>Keep your value in %n conflict(s)?</source>
        <translation>
            <numerusform>Оставить ваше значение в %n конфликте?</numerusform>
            <numerusform>Оставить ваше значение в %n конфликтах?</numerusform>
            <numerusform>Оставить ваше значение в %n конфликтах?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s value in %n conflict(s)?</source>
        <translation>
            <numerusform>Взять значение с сервера в %n конфликте?</numerusform>
            <numerusform>Взять значение с сервера в %n конфликтах?</numerusform>
            <numerusform>Взять значение с сервера в %n конфликтах?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the value changed last in each of %n conflict(s)?</source>
        <translation>
            <numerusform>Оставить значение, изменённое последним, в %n конфликте?</numerusform>
            <numerusform>Оставить значение, изменённое последним, в каждом из %n конфликтов?</numerusform>
            <numerusform>Оставить значение, изменённое последним, в каждом из %n конфликтов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Разрешение конфликтов</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left for you: when one side was changed is not known (found before this version recorded it). Keep mine or take theirs for them.</source>
        <translation>
            <numerusform>%n конфликт оставлен вам: неизвестно, когда была изменена одна из сторон (он найден раньше, чем эта версия стала это записывать). Выберите для него «Оставить моё» или «Взять их».</numerusform>
            <numerusform>%n конфликта оставлены вам: неизвестно, когда была изменена одна из сторон (они найдены раньше, чем эта версия стала это записывать). Выберите для них «Оставить моё» или «Взять их».</numerusform>
            <numerusform>%n конфликтов оставлены вам: неизвестно, когда была изменена одна из сторон (они найдены раньше, чем эта версия стала это записывать). Выберите для них «Оставить моё» или «Взять их».</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Почему:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Что делать:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Refused: %1
Why: %2
What to do: %3</source>
        <translation>Отклонено: %1
Почему: %2
Что делать: %3</translation>
    </message>
    <message>
        <source>The demo&apos;s records stay on this computer: sync never sends them, nor anything added under a demo partner. Partners you add yourself sync as usual.</source>
        <translation>Демонстрационные записи остаются на этом компьютере: синхронизация не отправляет ни их, ни то, что добавлено к демонстрационным партнёрам. Партнёры, которых вы добавите сами, синхронизируются как обычно.</translation>
    </message>
</context>
<context>
    <name>pd::views::SyncStatusIndicator</name>
    <message>
        <source>Sync state; click for the Sync page</source>
        <translation>Состояние синхронизации; щелкните, чтобы открыть страницу «Синхронизация»</translation>
    </message>
    <message numerus="yes">
        <source>Not synced · %n pending</source>
        <translation>
            <numerusform>Не синхронизировано · ожидает %n</numerusform>
            <numerusform>Не синхронизировано · ожидают %n</numerusform>
            <numerusform>Не синхронизировано · ожидают %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n pending</source>
        <translation>
            <numerusform>Нет сети · ожидает %n</numerusform>
            <numerusform>Нет сети · ожидают %n</numerusform>
            <numerusform>Нет сети · ожидают %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>Отклонено: %n</numerusform>
            <numerusform>Отклонено: %n</numerusform>
            <numerusform>Отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pending %n</source>
        <translation>
            <numerusform>Ожидает: %n</numerusform>
            <numerusform>Ожидают: %n</numerusform>
            <numerusform>Ожидают: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>%1 · last sync %2</source>
        <translation>%1 · последняя синхронизация: %2</translation>
    </message>
    <message>
        <source>Last completed sync: %1</source>
        <translation>Последняя завершённая синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>pd::views::TableActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>%1 rows are selected; copying and exporting a selection take up to %2. To save the whole list, use File → Export List as CSV…</source>
        <translation>Выделено строк: %1; копировать и экспортировать можно не больше %2. Чтобы сохранить весь список, выберите Файл → Экспорт списка в CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected row(s), in the columns shown</source>
        <translation>
            <numerusform>%n выделенная строка, в показанных столбцах</numerusform>
            <numerusform>%n выделенные строки, в показанных столбцах</numerusform>
            <numerusform>%n выделенных строк, в показанных столбцах</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Экспорт выделенного…</translation>
    </message>
</context>
<context>
    <name>pd::views::TierPanel</name>
    <message>
        <source>no tier</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>Agent · no tier</source>
        <translation>Агент · без статуса</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Thresholds are the program&apos;s example defaults, not the program&apos;s own numbers. An administrator sets them in Edit → Program rules.</source>
        <translation>Пороговые значения — примеры программы по умолчанию, а не собственные числа программы. Администратор задает их в меню «Правка → Правила программы».</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <source>Change a metric to see the verdict it would give. Nothing is saved.</source>
        <translation>Измените показатель, чтобы увидеть, какое решение он дал бы. Ничего не сохраняется.</translation>
    </message>
    <message>
        <source> ₽</source>
        <translation> ₽</translation>
    </message>
    <message>
        <source>Partner agreement signed</source>
        <translation>Партнёрский договор подписан</translation>
    </message>
    <message>
        <source>Sales, 12 months</source>
        <translation>Продажи за 12 месяцев</translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation>Сертифицированные специалисты</translation>
    </message>
    <message>
        <source>Pre-Sale specialists</source>
        <translation>Специалисты по пресейлу</translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation>Выигранные зарегистрированные сделки</translation>
    </message>
    <message>
        <source>Back to the real metrics</source>
        <translation>Вернуться к реальным показателям</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Выполнен</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Не выполнен</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Партнер не выбран</translation>
    </message>
    <message>
        <source>Grace period ends %1</source>
        <translation>Льготный период заканчивается %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>the %1 certificate expiring on %2</source>
        <translation>сертификат «%1», истекающий %2</translation>
    </message>
    <message>
        <source>the %1 certificate %2 expiring on %3</source>
        <translation>сертификат «%1» (%2), истекающий %3</translation>
    </message>
    <message>
        <source>Tier at risk: without a renewal, %1 would take the partner below %2.</source>
        <translation>Статус под угрозой: без продления %1 опустит партнера ниже статуса «%2».</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 now passes</source>
        <translation>%1 · %2 теперь выполнен</translation>
    </message>
    <message>
        <source>%1 · %2 now fails</source>
        <translation>%1 · %2 теперь не выполнен</translation>
    </message>
    <message>
        <source>Recommended %1 instead of %2.</source>
        <translation>Рекомендуется «%1» вместо «%2».</translation>
    </message>
    <message>
        <source>Same recommendation as the real verdict.</source>
        <translation>Та же рекомендация, что и по реальным показателям.</translation>
    </message>
</context>
<context>
    <name>pd::views::TierWatchPanel</name>
    <message>
        <source>no tier</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Tier risk</source>
        <translation>Угроза статусу</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендуемый</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Loses %1</source>
        <translation>Потеряет «%1»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Certificates expiring within %1 days (%2)</source>
        <translation>Сертификаты, истекающие в ближайшие %1 дн. (%2)</translation>
    </message>
    <message>
        <source>Upgrade candidates (%1)</source>
        <translation>Кандидаты на повышение (%1)</translation>
    </message>
    <message>
        <source>Downgrade candidates (%1)</source>
        <translation>Кандидаты на понижение (%1)</translation>
    </message>
</context>
<context>
    <name>pd::views::TlsCertificateDialog</name>
    <message>
        <source>Certificate Problem</source>
        <translation>Проблема с сертификатом</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 did not pass the checks.&lt;/b&gt;&lt;br&gt;PartnerDesk has not sent your password or any data to this server.</source>
        <translation>&lt;b&gt;Сертификат %1 не прошел проверку.&lt;/b&gt;&lt;br&gt;PartnerDesk не отправил на этот сервер ни пароль, ни какие-либо данные.</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Что не так:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>Trust this certificate only if the server&apos;s administrator confirms this fingerprint. PartnerDesk will then accept exactly this certificate, and only for %1.</source>
        <translation>Доверяйте этому сертификату, только если администратор сервера подтвердит этот отпечаток. Тогда PartnerDesk будет принимать именно этот сертификат и только для %1.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>&amp;Доверять этому сертификату для этого сервера</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Отклонить</translation>
    </message>
</context>
<context>
    <name>pd::views::TrainingCharts</name>
    <message>
        <source>Certified specialists, last 24 months</source>
        <translation>Сертифицированные специалисты за последние 24 месяца</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Certified (Sale or Pre-Sale)</source>
        <translation>Сертифицированы («Продажи» или «Пресейл»)</translation>
    </message>
    <message>
        <source>Pre-Sale</source>
        <translation>Пресейл</translation>
    </message>
    <message>
        <source>Tier distribution: partners by recommended tier</source>
        <translation>Распределение по статусам: партнеры по рекомендуемому статусу</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Без статуса</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнеров</translation>
    </message>
    <message>
        <source>Certified specialists of %1, last %2 months</source>
        <translation>Сертифицированные специалисты %1 за последние %2 мес.</translation>
    </message>
    <message>
        <source>Certified specialists, last %1 months</source>
        <translation>Сертифицированные специалисты за последние %1 мес.</translation>
    </message>
    <message>
        <source>%1
Certified: %2
Pre-Sale: %3</source>
        <translation>%1
Сертифицированы: %2
Пресейл: %3</translation>
    </message>
    <message>
        <source>%1: %2 partners</source>
        <translation>%1: партнеров — %2</translation>
    </message>
</context>
<context>
    <name>pd::views::TrainingPage</name>
    <message>
        <source>Training and certification</source>
        <translation>Обучение и сертификация</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Program rules…</source>
        <translation>Правила программы…</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Найти партнера</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to follow its partners&apos; training and tiers.</source>
        <translation>Откройте базу данных PartnerDesk, чтобы следить за обучением и статусами ее партнеров.</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Партнеров пока нет</translation>
    </message>
    <message>
        <source>Add partners and their people on the Partners page; their courses, certificates and tiers appear here.</source>
        <translation>Добавьте партнеров и их сотрудников на странице «Партнеры»; здесь появятся их курсы, сертификаты и статусы.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Courses and certificates</source>
        <translation>Курсы и сертификаты</translation>
    </message>
    <message>
        <source>Software certification</source>
        <translation>Сертификация ПО</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Expiring and candidates</source>
        <translation>Истекающие и кандидаты</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>%1 partners · %2 upgrade and %3 downgrade candidates · %4 certificates expiring within 90 days</source>
        <translation>Партнеров: %1 · на повышение: %2, на понижение: %3 · сертификатов истекает за 90 дней: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · current tier %2 · %n person(s)</source>
        <translation>
            <numerusform>%1 · текущий статус: %2 · %n человек</numerusform>
            <numerusform>%1 · текущий статус: %2 · %n человека</numerusform>
            <numerusform>%1 · текущий статус: %2 · %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>pd::views::TransferActions</name>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the list as CSV for Excel or LibreOffice</source>
        <translation>Сохранить список в CSV для Excel или LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Export List as CSV…</source>
        <translation>&amp;Экспорт списка в CSV…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь на рассмотрение</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
</context>
<context>
    <name>pd::views::UnsentChanges</name>
    <message>
        <source>Unsent Changes</source>
        <translation>Неотправленные изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent to the team server.</source>
        <translation>
            <numerusform>%n изменение не отправлено на сервер команды.</numerusform>
            <numerusform>%n изменения не отправлены на сервер команды.</numerusform>
            <numerusform>%n изменений не отправлено на сервер команды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now to send them, or they wait in this file for the next sync.</source>
        <translation>Синхронизируйте сейчас, чтобы отправить их, иначе они дождутся следующей синхронизации в этом файле.</translation>
    </message>
    <message>
        <source>No sync account is set up: the changes stay in this file and are sent once you set up the team server.</source>
        <translation>Учетная запись синхронизации не настроена: изменения останутся в этом файле и будут отправлены, когда вы настроите сервер команды.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Set Up Sync…</source>
        <translation>&amp;Настроить синхронизацию…</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Всё равно выйти</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Всё равно закрыть</translation>
    </message>
</context>
<context>
    <name>pd::views::WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <source>Your partners, their deals, training and commission live in one database file on this computer. How would you like to start?</source>
        <translation>Ваши партнеры, их сделки, обучение и комиссия хранятся в одном файле базы данных на этом компьютере. С чего начнем?</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Начать с пустой базы данных</translation>
    </message>
    <message>
        <source>Create a new database at %1 and add partners yourself.</source>
        <translation>Создать новую базу данных в %1 и добавить партнеров самостоятельно.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Познакомиться на демонстрационных данных</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Открыть существующую базу данных…</translation>
    </message>
    <message>
        <source>Choose a PartnerDesk database file, for example one copied from another computer.</source>
        <translation>Выберите файл базы данных PartnerDesk, например скопированный с другого компьютера.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Create the database with %1 fictitious partner companies, their people and training, %2 deal registrations in every state (some awaiting your review) and two years of consumption and commission, to try PartnerDesk out.</source>
        <translation>Создать базу данных с %1 вымышленными компаниями-партнерами, их сотрудниками и обучением, %2 регистрациями сделок во всех состояниях (часть ждет вашей проверки) и потреблением и комиссией за два года, чтобы опробовать PartnerDesk.</translation>
    </message>
</context>
</TS>
