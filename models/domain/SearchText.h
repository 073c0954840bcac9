#pragma once

#include <QString>
#include <QStringView>

namespace pd::domain {

// How a person's search text and the text searched are compared: without regard to case, and with
// «ё» read as «е» (Russian is typed with «е» where «ё» is written; «надежное» must find «Надёжное»).
// Every search field and every stored search index folds through these, so the two sides agree.
namespace searchtext {

// «ё» → «е» and «Ё» → «Е»; nothing else changes (the full-text index folds case itself).
QString foldYo(QStringView text);
// foldYo() and Unicode case folding: the form two texts are compared in.
QString fold(QStringView text);
// True when every word of `query` (split at white space) occurs in `text`, both folded.
bool containsAllWords(QStringView text, QStringView query);

// The SQL expression that folds «ё» in the column or expression `expr`, for index contents and
// triggers (SQLite's replace(); the trigram tokenizer folds case on its own).
QString sqlFoldYo(const QString &expr);

// A GLOB pattern (for a bound value) that matches any text containing `text` as a substring, without
// regard to case and with «е» and «ё» alike: each letter becomes a class of its forms ("[еЕёЁ]"), and
// the pattern's own special characters are matched literally. For text too short for a trigram index.
QString sqlGlobContaining(QStringView text);

} // namespace searchtext
} // namespace pd::domain
