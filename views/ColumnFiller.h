#pragma once

#include <QByteArray>
#include <QObject>

class QHeaderView;

namespace pd::views {

// One column of a list that takes the room the other columns leave, as QHeaderView::Stretch does, but
// never gets narrower than its title: on a narrow screen the list scrolls sideways instead (a stretched
// section of Qt's own is squeezed to a few pixels there). The column stays Interactive while it fills,
// and is saved as stretched, so that a restored layout fills again.
class ColumnFiller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFiller)

public:
    // Makes `logical` the filling column of `header` (replacing a filler it had), at least `minimum` wide.
    static ColumnFiller *install(QHeaderView *header, int logical, int minimum);
    static ColumnFiller *of(const QHeaderView *header);

    int column() const { return m_column; }
    void setMinimum(int minimum);
    // The header's state with the filling column stretched, for the settings.
    static QByteArray saveState(const QHeaderView *header);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFiller(QHeaderView *header, int logical, int minimum);
    void fill();

    QHeaderView *m_header;
    int m_column;
    int m_minimum;
    bool m_filling = false;
};

} // namespace pd::views
