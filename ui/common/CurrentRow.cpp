#include "ui/common/CurrentRow.h"

#include <QHeaderView>
#include <QTableView>

namespace guichet {

void makeCurrentRow(QTableView *table, int row)
{
    const QAbstractItemModel *model = table->model();
    if (!model || row < 0 || row >= model->rowCount())
        return;
    const QHeaderView *header = table->horizontalHeader();
    int column = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            column = logical;
            break;
        }
    }
    // Selects the row too, as the tables that use this select whole rows.
    table->setCurrentIndex(model->index(row, column));
}

} // namespace guichet
