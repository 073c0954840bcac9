<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateProblem</name>
    <message>
        <source>Unknown issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name does not match the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know (%1). If your organisation runs its own certificate authority, choose its certificate as the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: it vouches for itself and no known authority confirms that it belongs to this server. Trust it only if you know this server uses exactly this certificate (compare the fingerprint with the server&apos;s administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1 (or this computer&apos;s clock is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was made for %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1:%2 was refused. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 into review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request confirmation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>Approve %n registration</numerusform>
            <numerusform>Approve %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>Reject %n registration</numerusform>
            <numerusform>Reject %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n registration(s)</source>
        <translation>
            <numerusform>Return %n registration</numerusform>
            <numerusform>Return %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n registration(s) into review</source>
        <translation>
            <numerusform>Take %n registration into review</numerusform>
            <numerusform>Take %n registrations into review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request confirmation of %n registration(s)</source>
        <translation>
            <numerusform>Request confirmation of %n registration</numerusform>
            <numerusform>Request confirmation of %n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions were undone; the others cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be made again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCommands</name>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as https://host or https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (it starts with %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk sends passwords and data only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server&apos;s certificate (a .pem or .crt file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file for %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file again in the sync account settings, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the database at PATH (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the desktop workplace of partner managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the page NAME: dashboard, partners, review, deals, training, commissions or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page: no page is called &quot;%1&quot;; the pages are dashboard, partners, review, deals, training, commissions and sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::BackupCommand</name>
    <message>
        <source>List the backups of the database, newest first, each checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days (default 7); saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then keep the newest backup of each of N weeks before those (default 4); saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database now, or list its backups.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept from now on: %1 daily, %2 weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked in %1 s: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED, cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 fail their check and cannot be restored.</source>
        <translation>
            <numerusform>%n backup in %1 fails its check and cannot be restored.</numerusform>
            <numerusform>%n backups in %1 fail their check and cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: schema version %1, %2 partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the database without changing it and runs SQLite&apos;s full integrity check and a check of its
references. Prints &quot;ok: schema version N, P partners&quot; and exits 0 when the file is sound;
otherwise prints the reason and exits 1. A damaged file is copied aside once (the message says
where; checking it again finds that copy rather than making another) and left in place; a database
from a newer PartnerDesk is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::Cli</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a window, for scripts and cron: database checks, demo data and conflict reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data or user error: the message on stderr says what went wrong and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage error: unknown command or option, or a bad value; the message names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 data or user error, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::CliContext</name>
    <message>
        <source>Run &apos;partnerdesk-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3; got &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::CommissionCommand</name>
    <message>
        <source>The settlement period as YYYY-MM (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lines of partner ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the partner&apos;s statement for the period as PDF to FILE (needs --partner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute a settlement period and write its commission lines, a summary or a PDF statement.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is required (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period must be a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf writes one partner&apos;s statement: give --partner ID too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics library, which this run did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed %1: %2 consumption records, %3 lines (%4 corrections) in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed: its settled lines are shown as they were settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1 RUB, written to %2.</source>
        <translation>
            <numerusform>%n line, total %1 RUB, written to %2.</numerusform>
            <numerusform>%n lines, total %1 RUB, written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::ConflictsCommand</name>
    <message>
        <source>Write the current conflicts between deal registrations as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every pair of registrations of different partners that claim the same customer and product
with overlapping protection, now, one row per pair; the first registration has priority (filed
first). Columns:
  %1.
matched_fields names the customer fields that matched (customer_inn, customer_name,
customer_email_domain), and common_products the products, each list separated by &quot;, &quot;. Times
are UTC, ISO 8601. The number of conflicts is printed on stderr; no conflicts is not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) written to %1.</source>
        <translation>
            <numerusform>%n conflict written to %1.</numerusform>
            <numerusform>%n conflicts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::CsvOutput</name>
    <message>
        <source>Write the CSV to FILE (replaced only when complete) instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter: &apos;,&apos; (default) or &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the UTF-8 byte order mark (kept by default for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::DemoCommand</name>
    <message>
        <source>The seed: the same seed gives the same data (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many partners to make (default: 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many deal registrations to make (default: 0), filed by the partners with a signed agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new or empty database with realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 of %2 partners made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 of %2 deals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 demo partners (seed %2) in %3 in %4 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 Partners, %2 White Label partners, %3 Agents; %4 sole proprietors;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 with a signed agreement; %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 courses, %2 enrolments, %3 Sale and Pre-Sale certificates, %4 software compatibility tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 deal registrations: %2 new, %3 awaiting review, %4 in review, %5 in confirmation, %6 returned, %7 rejected, %8 registered (%9 won, %10 lost);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 protection extensions, %2 feedback entries, %3 registrations filed against another partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 consumption records of %2 customers over %3 months (%4 in USD or EUR at stored rates, %5 refunds); %6 won Agent deals with pre-sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Commission: %1 lines, %2 RUB; %3 periods closed, %4 open; %n correction line(s) from a late refund in a closed period.</source>
        <translation>
            <numerusform>  Commission: %1 lines, %2 RUB; %3 periods closed, %4 open; %n correction line from a late refund in a closed period.</numerusform>
            <numerusform>  Commission: %1 lines, %2 RUB; %3 periods closed, %4 open; %n correction lines from a late refund in a closed period.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo partners are in the audit log (actor &quot;demo&quot;); deals are not (more than %1). Demo records stay on this computer: sync never sends them, nor anything added under a demo partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo records are in the audit log (actor &quot;demo&quot;). They stay on this computer: sync never sends them, nor anything added under a demo partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::ExportCommand</name>
    <message>
        <source>Write a whole table as CSV (the columns import reads back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every row of TABLE (%1) as CSV: RFC 4180 quoting, UTF-8 with a BOM unless --no-bom,
cells that a spreadsheet would run as a formula (= + - @) written with a leading apostrophe
(import removes it again). Money is 1234.56, dates YYYY-MM-DD, times UTC. With --out the file
appears only when complete. The number of rows is printed on stderr.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a TABLE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportCommand</name>
    <message>
        <source>Check every row and report what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file into a table, all or nothing.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a TABLE (%1) and a FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ignored unknown column(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1; correct them and import again.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1; correct it and import again.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1; correct them and import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n row: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>%n rows: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::RestoreCommand</name>
    <message>
        <source>Put a backup in place of the database, keeping the current file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the database with BACKUP: a backup file, or its number in &apos;backup --list&apos; (1 is the
newest). The backup is checked first; one that fails its check is refused. The current file is
never deleted: it is renamed to FILE.before-restore-DATE-TIME beside it (printed). A database that
is open in PartnerDesk or another program is refused: close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup to restore: a file, or its number in &apos;backup --list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup number %1 of %2 (there are %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 backup --list&apos; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::SyncCommand</name>
    <message>
        <source>The sync server, e.g. https://sync.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate file (PEM) that signed a self-hosted server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint for this run (as printed when it was refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the pull delete more than half of the local records (after a server-side clean-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a run that failed for the network or the server this many times, with growing pauses (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused; nothing was sent (no password, no data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Server:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subject:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid:       %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Problem:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know this certificate is the server&apos;s, pass --ca FILE with the CA that signed it, or --trust-fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: run again with --allow-mass-delete if the server&apos;s deletions are intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 wait for you on the Sync page of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n rejected change</numerusform>
            <numerusform>%n rejected changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes per page of the pull (1 to %1, default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log of past sync runs as CSV, newest first, instead of syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --log: at most N runs (default: 100; the log keeps the last %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --log: only the runs that did not sync fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with a PartnerDesk server: push local changes, pull the team&apos;s; --log lists past runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) written to %1.</source>
        <translation>
            <numerusform>%n sync run written to %1.</numerusform>
            <numerusform>%n sync runs written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s).</source>
        <translation>
            <numerusform>%n sync run.</numerusform>
            <numerusform>%n sync runs.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::TiersCommand</name>
    <message>
        <source>Evaluate on DATE (YYYY-MM-DD) instead of today (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every partner&apos;s tier verdict on a date as CSV, with its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates every partner&apos;s status (tier) on a date with the program rules in force then: the
current tier, the tier its metrics qualify for, the recommended tier (grace period included)
and the change. For each tier and criterion the CSV has the required value, the actual value
and whether it passes (sales in kopecks excluding VAT, trailing 12 months of won registered
deals). Agents have no tier: their criterion columns are empty. at_risk_certificates lists the
certificates whose expiry within 90 days would cost the partner its tier. Columns:
  %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) evaluated on %1, written to %2.</source>
        <translation>
            <numerusform>%n partner evaluated on %1, written to %2.</numerusform>
            <numerusform>%n partners evaluated on %1, written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) evaluated on %1.</source>
        <translation>
            <numerusform>%n partner evaluated on %1.</numerusform>
            <numerusform>%n partners evaluated on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::demo::ConsumptionDemo</name>
    <message>
        <source>write demo consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write demo consumption; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::DeferredIndexes</name>
    <message>
        <source>read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the bulk insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-create the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the search index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoData</name>
    <message>
        <source>None of the %1 demo partners has a signed agreement, so none may register deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Ask for more partners (200 or more always include some).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator made an invalid registration for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write demo deals into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator made an invalid enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator made an invalid compatibility track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo partners must be between 0 and %1; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo deals must be between 0 and %1; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds partners (%2); demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a new file for the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write demo data into %1: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo courses into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator made an invalid partner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write demo data into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo training of %1 into %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the conflicting demo deals; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo consumption and commission into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save demo data into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoWriter</name>
    <message>
        <source>prepare the demo partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the demo contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::TrainingWriter</name>
    <message>
        <source>prepare the demo training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo training records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Commission</name>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI and ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with bonus rubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure administration services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base partner discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered deal discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-sale reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Conflicts</name>
    <message>
        <source>customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name «%1» = «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer (%1); both claim %2 from %3 to %4. «%5» filed first (%6) and has priority over «%7».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is already registered to «%2» for %3 until %4 (matched: %5). Only one registration per customer and product can be registered at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» filed a registration for the same customer and %2 earlier (on %3; matched: %4) and has priority: decide on that registration first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Deal</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation and integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision, approval or budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, not relevant or closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::DealRules</name>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is already «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is already registered; what remains is to win or lose the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was rejected; a rejection is final. The partner can file a new registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new registration must first be submitted for review (to «%1»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was returned to the partner; it can only be resubmitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration cannot go from «%1» to «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason for the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning a registration needs a comment that tells the partner what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered deal can be won or lost; this one is «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is already closed as «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered deal&apos;s protection can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is closed; its protection has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection has already lapsed; it can no longer be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension request is already waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The protection has been extended %n time(s) already, the most the program allows.</source>
        <translation>
            <numerusform>The protection has been extended %n time already, the most the program allows.</numerusform>
            <numerusform>The protection has been extended %n times already, the most the program allows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::domain::Inn</name>
    <message>
        <source>INN %1 has a wrong check digit: it is not a valid taxpayer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1 has wrong check digits: it is not a valid taxpayer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN must have 10 digits (legal entity) or 12 digits (sole proprietor); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN of a sole proprietor has 12 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN of a legal entity has 10 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Partner</name>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Label partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::PartnerRules</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.ru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain digits, spaces, brackets, dashes and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents have no status: only Partners and White Label partners do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status is given only after the partner agreement is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sole proprietor can be an Agent only after more than one year since registration (registered on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A White Label partner needs the brand name it resells under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price markup must be between 0 % and %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::TierEngine</name>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Sale specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status (Agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents have no status: they earn a percentage of their clients&apos; payments instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps %1: it meets every criterion of %1 and not all of the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2: it meets every criterion of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade from %1 to %2: it no longer meets %1 and its grace period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps %1 until %2 (grace period), then %3 unless it meets %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds are the program&apos;s example defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Training</name>
    <message>
        <source>Products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated test project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: test programme and method, architecture, product description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment on the test project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests with a supervisor and a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compatibility certification names one product, one version and one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps go in order: step %1 cannot follow step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) needs its start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 starts only after step %2 is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot start before step %2 was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be completed before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document review takes at least %1 working days; this one took %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is issued only when all %1 steps are completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compatibility certificate has a number, an issuer, an issue date and an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment names a person and a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed course has 100 % progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course cannot be completed before the enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::CertificateImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner with INN %1 has nobody called %2; import the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same certificate (person, competence, issue date) is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::Columns</name>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Label brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected annual consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::ConsumptionImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a month; write YYYY-MM (2026-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer, month, service category and project are also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::CsvReader</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV input is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; PartnerDesk reads CSV in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as &quot;CSV UTF-8&quot; in Excel, or with the UTF-8 character set in LibreOffice, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter must be &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a zero byte; it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every opening quote needs a closing one; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is followed by &apos;%3&apos; before the next delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::CsvWriter</name>
    <message>
        <source>The CSV delimiter must be &apos;,&apos; or &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV output is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Check the free space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::DataTable</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::DealImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a registration id (a UUID); leave it empty for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one product the deal is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an ISO currency code such as RUB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected consumption cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration is registered after it is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered deal is won or lost; its state is «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same registration is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::HeaderMatch</name>
    <message>
        <source>The file has no column for %1 (line 1 is read as the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the same column twice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::ImportRow</name>
    <message>
        <source>Empty; this column is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty; a date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a date; write YYYY-MM-DD (2026-03-31) or DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a time; write 2026-03-31T12:00:00Z (UTC) or a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty; a whole number from %1 to %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an amount; write 1234.56 or 1 234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::Importer</name>
    <message>
        <source>%1 is empty; line 1 should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the import: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::PartnerImporter</name>
    <message>
        <source>INN %1 is also on line %2; a partner appears once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::PersonImporter</name>
    <message>
        <source>No partner has INN %1; import the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this partner is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a person id (a UUID); leave it empty for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner with INN %1 has more than one person called %2; fill in the ID column to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person with ID %1 belongs to another partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::Statement</name>
    <message>
        <source>There is no partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, program rules from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, program rules from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (Agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (may still change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clawbacks and top-ups, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUB excluding VAT; each line rounded to the kopeck, half away from zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clawbacks and top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the statement to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission statement %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::io::TableExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::items::CommissionLinesModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: a change after that period was closed, settled in this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::items::CommissionSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::items::DealsModel</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly feedback is overdue since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::items::PartnersModel</name>
    <message>
        <source>Agents have no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::AuditLog</name>
    <message>
        <source>prepare the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::Backups</name>
    <message>
        <source>Could not make a backup in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder can be written to and that the disk has free space. Your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a full resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsent change(s)</source>
        <translation>
            <numerusform>%Ln unsent change</numerusform>
            <numerusform>%Ln unsent changes</numerusform>
        </translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a PartnerDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of PartnerDesk (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove old backups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a backup: the database has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to %1 failed its check (%2); it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was not changed. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished backup could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1 to back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open in another PartnerDesk window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there and restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the backup %1 beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the database %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that its folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1; the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionCorrections</name>
    <message>
        <source>While correcting the closed period %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionLineWriter</name>
    <message>
        <source>store commission lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store commission totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the lines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the commission lines of partner %1: a line of the period is a correction and was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionPricer</name>
    <message>
        <source>price the consumption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing commission was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption record %1 has an unknown service category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 in %2: store the month&apos;s rate to RUB, then recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the won deals with pre-sale of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionReports</name>
    <message>
        <source>There is no commission line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, settlement period %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed period %1 was changed after it was settled (consumption, exchange rate or a registered deal). Its lines stay as they were; this line carries the difference between what %1 is worth now, priced with the rules and tier it was settled at, and everything settled for it so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is negative: a clawback of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is positive: a top-up of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 (customer %2, %3) was won in %4 with technical pre-sale work by the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program rules in force from %1 pay a fixed reward of %2 per such deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption record %1: customer %2 (INN %3), %4, project %5, %6: %7 excluding VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption record %1 no longer exists; this line was priced from it as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to rubles at the stored rate for %1: %2 × %3 RUB per %4 = %5, rounded to the kopeck half away from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (example defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: program rules in force from %1%2, %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is an Agent: no tier; the agent&apos;s percentage of what its clients pay applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1, as evaluated for the month (on its last day, grace period included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 (customer %2, %3) registers this customer for the partner, so the registration part for %4 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3, rounded to the kopeck half away from zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CommissionService</name>
    <message>
        <source>Could not start recomputing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start closing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 is closed: its lines are settled and are not recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to a closed period is corrected in the next open period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start correcting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::ConsumptionRepository</name>
    <message>
        <source>The consumption record has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer INN &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be the first day of a month (YYYY-MM-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter ISO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving the consumption record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare saving consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving consumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consumption record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write consumption for customer %1: the month, category or currency is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark closed months with new consumption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::CurrencyRateRepository</name>
    <message>
        <source>&quot;%1&quot; is not a currency that needs a rate to RUB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of a rate must be the first day of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate of %1 must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::Database</name>
    <message>
        <source>its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the database to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create a database there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy could be saved; the file was left untouched. Keep it: it may hold work that has not been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1 and the original was left untouched. Open a backup or start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left untouched. Choose a PartnerDesk database file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of PartnerDesk (schema version %2; this version understands up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left untouched. Update PartnerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the database %1 up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database&apos;s references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has records that refer to missing records (table %2, row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2; expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: no transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is %1, made %2 (%3); restore it with File → Restore from Backup or `partnerdesk-cli restore`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup of it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder %1 (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk keeps its log and backups beside the database. Make the folder writable, or choose a database in a folder you can write to. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file writable, or copy it to a folder you can write to and open the copy. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of it as it is now was saved as %1 at an earlier opening, so no other copy was made; the original was left untouched. Open a backup or start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left untouched. Check that the file and its disk can be read, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the database is %1 characters long; Windows opens files only up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database to a folder with a shorter path (for example C:\PartnerDesk) and open it there. Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::DealRepository</name>
    <message>
        <source>Choose the partner that registers the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one product the deal is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected year %1 is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected quarter must be 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration is filed as new or awaiting review; it is registered or rejected by a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 registration&apos;s form can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension request needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension request was already decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection is no longer running; the request cannot be approved or denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration has no extension request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is given on registered deals only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the registration: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the conflicts: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 has already been sent to the sync server; it can no longer be undone here. The registration&apos;s history shows who decided what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of %1 has changed since the decision; the decision can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::DealRows</name>
    <message>
        <source>prepare a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::Migrations</name>
    <message>
        <source>Could not start upgrading the database to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::PartnerRepository</name>
    <message>
        <source>The partner %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1 already belongs to the partner «%2»; each partner has its own INN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the partner: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal registration(s)</source>
        <translation>
            <numerusform>%n deal registration</numerusform>
            <numerusform>%n deal registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility certification(s)</source>
        <translation>
            <numerusform>%n compatibility certification</numerusform>
            <numerusform>%n compatibility certifications</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: it has %2 on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations and certifications are the program&apos;s record. To stop working with the partner, say so in its notes or onboarding stage instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the partner: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::ProgramRulesRepository</name>
    <message>
        <source>The rules need the date they take effect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier thresholds cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum cannot require less sales than Gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods must be positive and the number of extensions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-sale reward cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts are between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the program rules: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::Sql</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a database statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::SqliteLibrary</name>
    <message>
        <source>This copy of PartnerDesk cannot open databases safely: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver must use the same SQLite library as PartnerDesk (a Qt built with -system-sqlite, as Debian&apos;s, vcpkg&apos;s and Homebrew&apos;s are). Reinstall PartnerDesk from its installer; the database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask the database driver for its SQLite version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database driver uses SQLite %1 and the program SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask the database driver for its SQLite settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database driver has a SQLite library of its own, beside the program&apos;s (both %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::SqliteStatement</name>
    <message>
        <source>Could not %1: the database is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::TierService</name>
    <message>
        <source>evaluate the partners&apos; tiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::storage::TrainingRepository</name>
    <message>
        <source>read a training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course cannot last a negative number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already enrolled in this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs its issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::AuthClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a PartnerDesk sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks sync API %1; this version of PartnerDesk speaks API 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was ended on the server. Sign in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled on the server. Ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s token answer is incomplete (no access token, refresh token or lifetime).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1). PartnerDesk keeps sign-ins only in the keychain, never in a file, so it will ask for your password each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::FileTlsPolicy</name>
    <message>
        <source>The certificate is signed by itself: nobody vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired (on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet (from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was made for another name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncEngine</name>
    <message>
        <source>The local database could not record the sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 was cut short or is not JSON; will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable (%1, HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the sync server: the session has ended and no password is at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the push with %1 results for %2 changes; will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s push answer does not match the changes sent; will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a change with the unknown status &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s page of changes is not what the protocol says; will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete %1 of the %2 records here. Nothing was deleted; confirm to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has %1 of the %2 records here. Nothing was deleted; confirm to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was replaced or restored several times during this sync; will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced, but the backup before the full resync could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the server could not be stored here: %1.</source>
        <translation>
            <numerusform>%n record from the server could not be stored here: %1.</numerusform>
            <numerusform>%n records from the server could not be stored here: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its field %1 is empty, and this version of PartnerDesk needs a value there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field %1 holds &apos;%2&apos;, a value this version of PartnerDesk cannot keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncHttp</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncJournal</name>
    <message>
        <source>Could not change the database: it is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rejected change is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted record has no value to edit: keep it or let it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record it belongs to was deleted; restore that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record it belongs to (%1) is not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncLog</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions wait for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::client::SyncTables</name>
    <message>
        <source>The %1 %2 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop workplace of partner managers: partners, deal registration, training, tiers and commission, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::AccountDialog</name>
    <message>
        <source>Sync Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the PartnerDesk server your team syncs with. The connection is checked before your password is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://sync.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your organisation&apos;s CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in; the sign-in is kept in the system keychain. Sign in again to replace it, or sign out to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain; PartnerDesk will not ask for the password again until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted for %1. Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You refused the certificate of %1. Nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::Appearance</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CertificateDialog</name>
    <message>
        <source>New certificate — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n month(s), the program rule</source>
        <translation>
            <numerusform>Valid for %n month, the program rule</numerusform>
            <numerusform>Valid for %n months, the program rule</numerusform>
        </translation>
    </message>
    <message>
        <source>As printed on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has no people yet. Add them on the Partners page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who holds the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires after it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionCharts</name>
    <message>
        <source>Rewards and corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission per tier, all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission by service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission per partner (%1 partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission of %1 against every partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier (Agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission by service category, all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commission of %1 by service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission-chart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand RUB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionWhyPanel</name>
    <message>
        <source>Why this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see how it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction of %1, which was closed: what that period is worth now, less what was settled for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (INN %2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · converted at %1 RUB per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a fixed reward for a won deal with technical pre-sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumption record no longer exists (it was removed after pricing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program rules in force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (example defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule: a correction carries the difference only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: Agents have no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as evaluated on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the customer has no registered deal behind this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the base discount applies to all of the partner&apos;s consumption (a registered deal earns its part on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: an Agent earns its percentage on all that its clients pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a correction carries the difference only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPage</name>
    <message>
        <source>Commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to settle its partners&apos; commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing computed for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the period to price its consumption with the program rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · %2 partners · %3 lines%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · corrections %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 and settle its commission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is recomputed first. Its lines then become final: a later change to its consumption appears as a clawback or top-up in the next open period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines for %3 partners from %4 consumption records, total %5 (%6 corrections), in %7 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement periods, each partner&apos;s commission and how every line was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPageToolbar</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price the period&apos;s consumption again with the rules and tiers in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the period: its lines become final; later changes become clawbacks or top-ups in the next open period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open · computed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open · not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CommissionsPageWorker</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recompute was cancelled; the period is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CompatPanel</name>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No software certification yet. A track certifies one version of the partner&apos;s software for one service in eight steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Certified.&lt;/b&gt; Certificate %1 issued by %2 on %3, valid until %4 · %5 %6 (%7) for %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 %3 by %4 for %5 · test project %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility certification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::CompatStepDialog</name>
    <message>
        <source>New compatibility certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility track — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given at step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ConflictPanel</name>
    <message>
        <source>No other partner claims this customer and product: nothing stands in the way of approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed first: has priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field matched: it makes the two registrations one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n competing registration(s) claim this customer and product.</source>
        <translation>
            <numerusform>%n competing registration claims this customer and product.</numerusform>
            <numerusform>%n competing registrations claim this customer and product.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cloud Servers: design and deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to see what needs your attention today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changes pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tier candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open expiring certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review, in review or waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered deals whose protection ends within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected deals with no monthly feedback for more than a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale and Pre-Sale certificates expiring within %1 days; a lapse can cost a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgrades · %2 downgrades · %3 kept in the grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating every partner&apos;s tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up this month&apos;s commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commission has been computed for this month yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs your attention today · as of %1 · updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs your attention today · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing computed for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::DealDetailPanel</name>
    <message>
        <source>Add feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is marked won; its protection has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is marked lost; its protection has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a protection extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the partner need more time? A manager approves or denies the request; at most %1 extensions of %2 days are granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension request is recorded and waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension approved: %1 more days of protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::DealText</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::DealTimelineView</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: registered and protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days from registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration form edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::DealsPage</name>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners register deals to protect them from competing partners. File the first registration on a partner&apos;s behalf, or wait for them to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another search or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to see its deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deal to see its protection, its timeline of decisions, feedback and extensions, and what you can do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer, INN, partner or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered · in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered · won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered · lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection ends within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) and registration(s)</source>
        <translation>
            <numerusform>%Ln deal and registration</numerusform>
            <numerusform>%Ln deals and registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::EnrollmentDialog</name>
    <message>
        <source>Training progress — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has no people yet. Add them on the Partners page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no course yet: add one with New course….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the page shows (columns, filter and sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the table, in the columns import reads back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;) for Excel with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark, so that Excel reads Cyrillic right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ExportJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::FeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the deal stands and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Budget cut — the CFO wants a cheaper option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Yandex Cloud — offered a 3-month free pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::FieldText</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length, hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::FormMessageLabel</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8; &apos;,&apos; or &apos;;&apos;). Nothing is changed until every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter &apos;%1&apos;. Columns matched for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored (unknown) columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first rows. Check finds every problem without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing was imported. Correct the file and try again.</source>
        <translation>
            <numerusform>%Ln problem found; nothing was imported. Correct the file and try again.</numerusform>
            <numerusform>%Ln problems found; nothing was imported. Correct the file and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is right. Importing would give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registrations awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. PartnerDesk never overwrites a file; choose another name, or use File → Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo partners and their people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing two years of consumption and pricing the commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating deal registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::NewRegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ООО «Ромашка»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or 12 digits; empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUB excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUB per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is not a number of rubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual consumption %1 is not a number of rubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing registrations of other partners appear here as you enter the partner, the customer and the products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other partner claims this customer and product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This registration would compete with %n registration(s):</source>
        <translation>
            <numerusform>This registration would compete with %n registration:</numerusform>
            <numerusform>This registration would compete with %n registrations:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or INN to find the partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PartnerEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this partner: agreements, next steps, anything worth remembering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LLC “Northern Cloud”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits (legal entity) or 12 (sole proprietor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Label settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services the clients may not use, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents have no status: only Partners and White Label partners do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This INN already belongs to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of a partner appears here once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, fill in the fields marked *: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PartnerHistoryView</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of a partner appears here once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client payment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been recorded for this partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first partner company of your portfolio. Its record, contacts and change history will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another search or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new PartnerDesk database or open an existing one to see partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partner in the table to see and edit its details, contacts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, INN, manager or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your portfolio is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) in your portfolio</source>
        <translation>
            <numerusform>%Ln partner in your portfolio</numerusform>
            <numerusform>%Ln partners in your portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>%1 of %n partner shown</numerusform>
            <numerusform>%1 of %n partners shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new partner has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The partner and its %n contact(s) are removed from this database. The deletion is recorded in the audit log, and Edit → Undo brings the partner back.</source>
        <translation>
            <numerusform>The partner and its %n contact are removed from this database. The deletion is recorded in the audit log, and Edit → Undo brings the partner back.</numerusform>
            <numerusform>The partner and its %n contacts are removed from this database. The deletion is recorded in the audit log, and Edit → Undo brings the partner back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PeopleEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PeopleTrainingPanel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 certificate of %2? The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page will hold:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk speaks the new language after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the dark mode of your desktop where it tells PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface, numbers, dates and amounts follow the chosen language. A new language takes effect when PartnerDesk starts again; a new appearance at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not start again. Start it yourself to switch the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the newest backup of each of this many weeks before those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ProgramRulesDialog</name>
    <message>
        <source>Program rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example default: the program publishes no numbers. These values are the shipped examples until an administrator saves the program&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them Pre-Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace before a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 · example defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 · not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::RegistrationView</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · INN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::RejectedText</name>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on the server, %1, may not change records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the manager role, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 is assigned to another manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the partner&apos;s manager to make this change, or discard yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only save partners whose %1 is you (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 back to %2, or ask an administrator to hand the partner over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change records of the kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to make this change, then discard yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change: a record stays with the one it was created under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change and add the record anew where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it belongs to is no longer on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change; if the record is still needed, add it again under one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 is not assigned to you (%2), so its records are not yours to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the partner&apos;s manager or an administrator to make this change, or discard yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the deal state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deal, choose one of the states the form offers and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the deal outcome %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deal, choose one of the outcomes the form offers and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal&apos;s state cannot change from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deal and take it through the steps the review allows (the Deals page offers only those), then save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal&apos;s outcome cannot change from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deal and save it again with an outcome that may follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 already holds a protected registration of %2 for %3, until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on %1&apos;s registration first: once it is rejected or its protection ends, register this deal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 registered the same customer for %2 earlier (%3): that registration has priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on %1&apos;s registration first: reject it, or reject this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered deal needs %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deal, fill in %1 and %2 and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the change and make it again, or discard it to get the server&apos;s values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the record, correct %1 and save it again, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. The current file is not deleted: it is kept beside the restored one under a name that ends in “before-restore”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged, cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database yet. PartnerDesk makes one every day while it runs, and before an upgrade, an import or a full resync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed their check and cannot be restored.</source>
        <translation>
            <numerusform>%n backup failed its check and cannot be restored.</numerusform>
            <numerusform>%n backups failed their check and cannot be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup passed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup made %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made since then are not in the backup. The current file is kept beside it, so nothing is lost; changes not yet sent to the team server stay in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take into review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registration has been decided. New registrations from partners appear here, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to review its deal registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a registration to see its form and the registrations of other partners that compete with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrations are awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) awaiting a decision, oldest first</source>
        <translation>
            <numerusform>%Ln registration awaiting a decision, oldest first</numerusform>
            <numerusform>%Ln registrations awaiting a decision, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · filed %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner sees this reason. A rejection is final; the partner may file a new registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 registrations to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the partner what to change; the registration comes back to the queue when it is resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken into review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 registrations were %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 registrations were %3; %4 refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer, INN, partner or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer, INN, partner or product in the queue matches «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 awaiting a decision match the search</source>
        <translation>
            <numerusform>%Ln of %1 awaiting a decision matches the search</numerusform>
            <numerusform>%Ln of %1 awaiting a decision match the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) selected: %1. Approve, Reject and Return apply to all of them, each checked on its own. The form below shows %2.</source>
        <translation>
            <numerusform>%Ln registration selected: %1. Approve, Reject and Return apply to it. The form below shows %2.</numerusform>
            <numerusform>%Ln registrations selected: %1. Approve, Reject and Return apply to all of them, each checked on its own. The form below shows %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)?</source>
        <translation>
            <numerusform>Approve %n registration?</numerusform>
            <numerusform>Approve %n registrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is checked on its own; a registration that competes with a protected one stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Approve %n</numerusform>
            <numerusform>Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s): %1</source>
        <translation>
            <numerusform>%Ln registration: %1</numerusform>
            <numerusform>%Ln registrations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n</source>
        <translation>
            <numerusform>Reject %n</numerusform>
            <numerusform>Reject %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n</source>
        <translation>
            <numerusform>Return %n</numerusform>
            <numerusform>Return %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::views::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::SyncLogModel</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::SyncLogView</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt; — every run on this computer, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet. Each run is listed here with its result, what it sent and received, and its error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every run synced fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::SyncPage</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — you and a colleague changed the same field; both values are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes not on the server yet&lt;/b&gt; — pending ones go with the next sync; rejected ones say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard rejected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync account yet: set the server and your user in File → Sync Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync account yet: File → Sync Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying by itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of «%2»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. When you and a colleague change the same field, both values wait here for your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsent changes: everything is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsent changes. What you change is listed here until it is sent to the team server; set up the server in File → Sync Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who stored the server&apos;s value, from which device and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several rows (Ctrl+A: all) to settle them by one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each conflict, the value changed last: yours (by this computer&apos;s history) or theirs (by the server&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Changed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep your value in %n conflict(s)?</source>
        <translation>
            <numerusform>Keep your value in %n conflict?</numerusform>
            <numerusform>Keep your value in %n conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s value in %n conflict(s)?</source>
        <translation>
            <numerusform>Take the server&apos;s value in %n conflict?</numerusform>
            <numerusform>Take the server&apos;s value in %n conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the value changed last in each of %n conflict(s)?</source>
        <translation>
            <numerusform>Keep the value changed last in %n conflict?</numerusform>
            <numerusform>Keep the value changed last in each of %n conflicts?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left for you: when one side was changed is not known (found before this version recorded it). Keep mine or take theirs for them.</source>
        <translation>
            <numerusform>%n conflict left for you: when one side was changed is not known (found before this version recorded it). Keep mine or take theirs for it.</numerusform>
            <numerusform>%n conflicts left for you: when one side was changed is not known (found before this version recorded it). Keep mine or take theirs for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1
Why: %2
What to do: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s records stay on this computer: sync never sends them, nor anything added under a demo partner. Partners you add yourself sync as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::SyncStatusIndicator</name>
    <message>
        <source>Sync state; click for the Sync page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not synced · %n pending</source>
        <translation>
            <numerusform>Not synced · %n pending</numerusform>
            <numerusform>Not synced · %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n pending</source>
        <translation>
            <numerusform>Offline · %n pending</numerusform>
            <numerusform>Offline · %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pending %n</source>
        <translation>
            <numerusform>Pending %n</numerusform>
            <numerusform>Pending %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last sync %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last completed sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TableActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are selected; copying and exporting a selection take up to %2. To save the whole list, use File → Export List as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected row(s), in the columns shown</source>
        <translation>
            <numerusform>The selected row, in the columns shown</numerusform>
            <numerusform>The %n selected rows, in the columns shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TierPanel</name>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent · no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds are the program&apos;s example defaults, not the program&apos;s own numbers. An administrator sets them in Edit → Program rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a metric to see the verdict it would give. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Sale specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the real metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 certificate expiring on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 certificate %2 expiring on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier at risk: without a renewal, %1 would take the partner below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 now passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 now fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same recommendation as the real verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TierWatchPanel</name>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring within %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade candidates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade candidates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TlsCertificateDialog</name>
    <message>
        <source>Certificate Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 did not pass the checks.&lt;/b&gt;&lt;br&gt;PartnerDesk has not sent your password or any data to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate only if the server&apos;s administrator confirms this fingerprint. PartnerDesk will then accept exactly this certificate, and only for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TrainingCharts</name>
    <message>
        <source>Certified specialists, last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (Sale or Pre-Sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier distribution: partners by recommended tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified specialists of %1, last %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified specialists, last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Certified: %2
Pre-Sale: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TrainingPage</name>
    <message>
        <source>Training and certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PartnerDesk database to follow its partners&apos; training and tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partners and their people on the Partners page; their courses, certificates and tiers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partners · %2 upgrade and %3 downgrade candidates · %4 certificates expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · current tier %2 · %n person(s)</source>
        <translation>
            <numerusform>%1 · current tier %2 · %n person</numerusform>
            <numerusform>%1 · current tier %2 · %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::TransferActions</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as CSV for Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::UnsentChanges</name>
    <message>
        <source>Unsent Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent to the team server.</source>
        <translation>
            <numerusform>%n change has not been sent to the team server.</numerusform>
            <numerusform>%n changes have not been sent to the team server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now to send them, or they wait in this file for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync account is set up: the changes stay in this file and are sent once you set up the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Up Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::views::WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partners, their deals, training and commission live in one database file on this computer. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database at %1 and add partners yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PartnerDesk database file, for example one copied from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database with %1 fictitious partner companies, their people and training, %2 deal registrations in every state (some awaiting your review) and two years of consumption and commission, to try PartnerDesk out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
