#pragma once

class QTableView;

namespace guichet {

// Makes `row` the current and selected row of `table` (which selects whole rows), its first visible
// column current, so that Return and Ctrl+S act on it. QTableView::selectRow() sets no current index in a right-to-left
// layout (Qt looks for the first column at the viewport's far edge and finds none), which left
// Arabic agents with a family listed and nobody chosen.
void makeCurrentRow(QTableView *table, int row);

} // namespace guichet
