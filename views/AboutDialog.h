#pragma once

#include <QDialog>

namespace pd::views {

// Name, version, copyright, the Qt version and the database in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace pd::views
