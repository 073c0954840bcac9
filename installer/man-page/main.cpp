// pd-man-page: fills a hand-written man page template with the sections a program's own --help
// prints (options, commands with their options, exit codes), so the installed man page always
// lists exactly the commands and options of the program it was built with.
//
// Template placeholders: {{OPTIONS}}, {{COMMANDS}}, {{EXIT_STATUS}}, and {{KEY}} for every --set KEY=VALUE.

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>
#include <cstdlib>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "pd-man-page: %s\n", qPrintable(message));
    std::exit(1);
}

// The home directory the program sees while it prints its help; shown as "~" in the page.
const QString fakeHome = QStringLiteral("/PD_MAN_PAGE_HOME");

// One "  term   text" line of a help section, with its continuation lines.
struct Entry
{
    QString term;
    QString text;
};

// A block of description text: a paragraph, or an indented list of short lines.
struct Block
{
    bool indented = false;
    QStringList lines;
};

// What one --help printed, split into its parts.
struct Help
{
    QString usage;
    QList<Block> description;
    QList<std::pair<QString, QList<Entry>>> sections;

    QList<Entry> section(const QString &name) const
    {
        for (const auto &[title, entries] : sections) {
            if (title == name)
                return entries;
        }
        return {};
    }
};

QString runHelp(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "LANGUAGE", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), fakeHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError())));
    QString out = QString::fromUtf8(process.readAllStandardOutput());
    out.replace(fakeHome, QStringLiteral("~"));
    return out;
}

Help parseHelp(const QString &text)
{
    static const QRegularExpression sectionTitle(QStringLiteral("^([A-Z][A-Za-z ]*):$"));
    static const QRegularExpression entryLine(QStringLiteral("^  (\\S.*?)\\s{2,}(\\S.*)$"));
    Help help;
    QList<Entry> *entries = nullptr;
    bool newBlock = true;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QLatin1String("Usage:"))) {
            help.usage = line.mid(6).trimmed();
            continue;
        }
        if (line.trimmed().isEmpty()) {
            entries = nullptr;
            newBlock = true;
            continue;
        }
        if (const auto match = sectionTitle.match(line); match.hasMatch()) {
            help.sections.append({match.captured(1), QList<Entry>{}});
            entries = &help.sections.last().second;
            continue;
        }
        if (entries) {
            if (const auto match = entryLine.match(line); match.hasMatch())
                entries->append(Entry{match.captured(1), match.captured(2)});
            else if (!entries->isEmpty())
                entries->last().text += u' ' + line.trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("Exit codes:")))
            continue; // every command's exit codes are the program's, listed once
        const bool indented = line.startsWith(QLatin1String("  "));
        if (newBlock || help.description.isEmpty() || help.description.last().indented != indented)
            help.description.append(Block{indented, {}});
        help.description.last().lines.append(line.trimmed());
        newBlock = false;
    }
    return help;
}

QString escapeText(QString text)
{
    text.replace(u'\\', QLatin1String("\\e"));
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString bold(const QString &text)
{
    return QLatin1String("\\fB") + escapeText(text).replace(u'-', QLatin1String("\\-")) + QLatin1String("\\fR");
}

QString italic(QString text)
{
    text.remove(u'<').remove(u'>');
    return QLatin1String("\\fI") + escapeText(text) + QLatin1String("\\fR");
}

// "-h, --help" or "--out FILE" or "help COMMAND": the option or command in bold, its value in italics.
QString formatTerm(const QString &term)
{
    QStringList parts;
    for (const QString &alternative : term.split(QLatin1String(", "))) {
        const qsizetype space = alternative.indexOf(u' ');
        parts.append(space < 0 ? bold(alternative)
                               : bold(alternative.left(space)) + u' ' + italic(alternative.mid(space + 1)));
    }
    return parts.join(QLatin1String(", "));
}

// A usage line: options and words in bold, upper-case placeholders in italics, brackets as they are.
// Spaces inside brackets do not break, so a long line wraps only between whole options.
QString formatUsage(const QString &usage, const QString &programName)
{
    static const QRegularExpression token(QStringLiteral("([\\[\\]|]|[^\\s\\[\\]|]+)"));
    static const QRegularExpression upper(QStringLiteral("[A-Z]"));
    QString out;
    auto it = token.globalMatch(usage);
    bool first = true;
    int depth = 0;
    QChar previous;
    while (it.hasNext()) {
        const QString word = it.next().captured(1);
        const bool isBracket = word == QLatin1String("[") || word == QLatin1String("]") || word == QLatin1String("|");
        if (!first && word != QLatin1String("]") && word != QLatin1String("|") && previous != u'[' && previous != u'|')
            out += depth > 0 ? QLatin1String("\\ ") : QLatin1String(" ");
        if (first)
            out += bold(programName);
        else if (isBracket)
            out += word;
        else if (word == word.toUpper() && word.contains(upper))
            out += italic(word);
        else
            out += bold(word);
        if (word == QLatin1String("["))
            ++depth;
        else if (word == QLatin1String("]") && depth > 0)
            --depth;
        previous = word.back();
        first = false;
    }
    // Filled, left-aligned, with the continuation lines indented under the command.
    return QLatin1String(".ad l\n.nh\n.in +4\n.ti -4\n") + out + QLatin1String("\n.in\n.hy\n.ad\n");
}

QString formatEntries(const QList<Entry> &entries)
{
    QString out;
    for (const Entry &entry : entries)
        out += QLatin1String(".TP\n") + formatTerm(entry.term) + u'\n' + escapeText(entry.text) + u'\n';
    return out;
}

QString formatDescription(const QList<Block> &blocks)
{
    QString out;
    for (const Block &block : blocks) {
        if (block.indented)
            // Lists of long column names: left-aligned and unhyphenated, so no word is split or stretched.
            out += QLatin1String(".RS 4\n.nh\n.ad l\n") + escapeText(block.lines.join(u' '))
                   + QLatin1String("\n.ad\n.hy\n.RE\n");
        else
            out += QLatin1String(".PP\n")
                   + escapeText(block.lines.join(u'\n')).replace(QLatin1String("\n."), QLatin1String("\n\\&.")) + u'\n';
    }
    return out;
}

QString formatExitStatus(const QList<Entry> &entries)
{
    QString out;
    for (const Entry &entry : entries)
        out += QLatin1String(".TP\n.B ") + escapeText(entry.term) + u'\n' + escapeText(entry.text) + u'\n';
    return out;
}

QString formatCommands(const QString &program, const Help &help)
{
    const QString programName = QFileInfo(program).fileName();
    QString out;
    for (const Entry &command : help.section(QStringLiteral("Commands"))) {
        const QString name = command.term.section(u' ', 0, 0);
        out += QLatin1String(".SS ") + formatTerm(command.term) + u'\n';
        if (name == QLatin1String("help")) {
            out += escapeText(command.text) + u'\n';
            continue;
        }
        const Help sub = parseHelp(runHelp(program, {name, QStringLiteral("--help")}));
        if (sub.usage.isEmpty())
            fail(QStringLiteral("'%1 %2 --help' printed no Usage: line").arg(programName, name));
        out += formatUsage(sub.usage, programName);
        out += formatDescription(sub.description);
        const QList<Entry> options = sub.section(QStringLiteral("Options"));
        if (!options.isEmpty())
            out += QLatin1String(".PP\nOptions:\n") + formatEntries(options);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a man page template from a program's --help."));
    parser.addHelpOption();
    const QCommandLineOption program(QStringLiteral("program"), QStringLiteral("The program whose --help to read."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption commands(QStringLiteral("commands"),
                                      QStringLiteral("Also read 'PROGRAM COMMAND --help' for every command."));
    const QCommandLineOption templ(QStringLiteral("template"), QStringLiteral("The man page template."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The man page to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("Replace {{KEY}} with VALUE (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    parser.addOptions({program, commands, templ, output, set});
    parser.process(app);
    if (!parser.isSet(templ) || !parser.isSet(output))
        fail(QStringLiteral("--template and --output are required"));

    QFile in(parser.value(templ));
    if (!in.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(in.fileName(), in.errorString()));
    QString page = QString::fromUtf8(in.readAll());

    if (parser.isSet(program)) {
        const QString path = parser.value(program);
        const Help help = parseHelp(runHelp(path, {QStringLiteral("--help")}));
        page.replace(QLatin1String("{{OPTIONS}}"), formatEntries(help.section(QStringLiteral("Options"))));
        page.replace(QLatin1String("{{EXIT_STATUS}}"), formatExitStatus(help.section(QStringLiteral("Exit codes"))));
        page.replace(QLatin1String("{{COMMANDS}}"), parser.isSet(commands) ? formatCommands(path, help) : QString());
    }
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            fail(QStringLiteral("--set %1 is not KEY=VALUE").arg(pair));
        page.replace(QLatin1String("{{") + pair.left(eq) + QLatin1String("}}"), pair.mid(eq + 1));
    }
    static const QRegularExpression leftover(QStringLiteral("\\{\\{[A-Z_]+\\}\\}"));
    if (const auto match = leftover.match(page); match.hasMatch())
        fail(QStringLiteral("%1 leaves %2 unfilled").arg(parser.value(templ), match.captured(0)));

    QDir().mkpath(QFileInfo(parser.value(output)).absolutePath());
    QSaveFile out(parser.value(output));
    const QByteArray bytes = page.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
