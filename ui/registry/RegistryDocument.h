#pragma once

#include "data/registry/RegistryRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>

class QTextDocument;

namespace guichet {

// The registry of processings as rich text (PrintDocument), as printed or exported for the CNDP:
// in the application's direction, values escaped, the date as core/DisplayDate writes it.
class RegistryDocument
{
    Q_DECLARE_TR_FUNCTIONS(RegistryDocument)

public:
    static std::unique_ptr<QTextDocument> document(const QList<RegistryEntry> &entries, QDate on);
};

} // namespace guichet
