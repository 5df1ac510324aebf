#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guichet {

// How every screen and document shows a date: as the forms ask for it (dd/mm/yyyy), whatever the
// language (the Arabic locale's own short form writes d/M/yyyy between direction marks, which an
// agent cannot type back), and a dash for no date.
QString displayDate(const QDate &date);
// An instant in the workstation's time zone: dd/mm/yyyy hh:mm.
QString displayDateTime(const QDateTime &instant);

} // namespace guichet
