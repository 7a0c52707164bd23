#include "InstrumentCatalogue.h"

#include "InstrumentLoader.h"
#include "ItemTextPack.h"

#include <QtGlobal>

#include <algorithm>

QStringList InstrumentCatalogue::builtInIds() {
    return {QStringLiteral("score-15"),
            QStringLiteral("wai-s-client"),
            QStringLiteral("wai-s-worker"),
            QStringLiteral("wai-sr-client"),
            QStringLiteral("observer-engagement"),
            QStringLiteral("family-life-rating"),
            QStringLiteral("ghq-12")};
}

const InstrumentCatalogue &InstrumentCatalogue::builtIn() {
    static const InstrumentCatalogue catalogue = [] {
        InstrumentCatalogue loaded;
        for (const QString &id : builtInIds()) {
            QString error;
            const auto definition =
                InstrumentLoader::fromFile(QStringLiteral(":/instruments/%1.json").arg(id), &error);
            // The shipped files are checked by tst_InstrumentCatalogue; a broken one is left out
            // rather than taking the application down.
            if (definition)
                loaded.add(*definition);
            else
                qWarning("Built-in instrument %s could not be loaded: %s", qPrintable(id),
                         qPrintable(error));
        }
        return loaded;
    }();
    return catalogue;
}

void InstrumentCatalogue::add(const InstrumentDefinition &definition) {
    for (InstrumentDefinition &existing : m_definitions) {
        if (existing.id == definition.id) {
            existing = definition;
            return;
        }
    }
    m_definitions.append(definition);
}

const InstrumentDefinition *InstrumentCatalogue::find(const QString &id) const {
    for (const InstrumentDefinition &definition : m_definitions) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

QStringList InstrumentCatalogue::ids() const {
    QStringList result;
    for (const InstrumentDefinition &definition : m_definitions)
        result.append(definition.id);
    return result;
}

int InstrumentCatalogue::maxItemCount() const {
    int widest = 0;
    for (const InstrumentDefinition &definition : m_definitions)
        widest = std::max(widest, definition.itemCount());
    return widest;
}

void InstrumentCatalogue::applyTextPack(const ItemTextPack &pack) {
    for (InstrumentDefinition &definition : m_definitions) {
        for (InstrumentDefinition::Item &item : definition.items) {
            const QString text = pack.text(definition.id, item.number);
            if (!text.isEmpty())
                item.text = text;
        }
    }
}
