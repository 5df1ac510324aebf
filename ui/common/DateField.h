#pragma once

#include <QDate>

class QAbstractSpinBox;
class QLineEdit;
class QWidget;

namespace guichet {

// Dates are typed digit after digit, as read from a CIN or a letter: dd/mm/yyyy in a masked
// field, rather than a date picker that a counter agent has to drive with arrows.
QLineEdit *dateField(const QString &name, QWidget *parent);
// The date typed; invalid when half typed or impossible (31/02).
QDate dateOf(const QLineEdit *edit);
// Nothing typed (the mask's separators only).
bool isBlank(const QLineEdit *edit);
void setDate(QLineEdit *edit, const QDate &date);
// Tab and Shift+Tab leave a date or time edit for the next or previous field, as everywhere else,
// instead of walking through its day, month, year, hour and minute (left to the arrows).
void tabLeavesSections(QAbstractSpinBox *edit);

} // namespace guichet
