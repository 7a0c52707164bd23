#pragma once

#include <QString>
#include <QUndoCommand>

#include <concepts>
#include <functional>
#include <utility>

// One undoable change of a value, in the spirit of Tiled's ChangeValue: it holds the value
// before and after and applies either through a setter. The setter saves at once and returns
// false when the change was refused; a command whose first apply is refused makes itself
// obsolete, so it never sits on the undo stack claiming a change that was not made. (A change
// kept for a later save returns true: it was made, only not stored yet.)
//
// Commands given the same merge id and target merge when pushed one after another, keeping the
// first "before" and the last "after", so a run of edits to one field (typing a rationale) is
// one undo step. A merge that ends where it began removes the command from the stack.
template <typename Value> class ChangeValueCommand : public QUndoCommand {
public:
    using Setter = std::function<bool(const Value &)>;

    ChangeValueCommand(Value before, Value after, Setter setter, const QString &text,
                       int mergeId = -1, QString target = QString())
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_setter(std::move(setter))
        , m_mergeId(mergeId)
        , m_target(std::move(target)) {}

    void redo() override {
        const bool saved = m_setter(m_after);
        if (m_firstRedo && !saved)
            setObsolete(true);
        m_firstRedo = false;
    }

    void undo() override { m_setter(m_before); }

    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const ChangeValueCommand *>(other);
        // A refused change was never made, so there is nothing to fold in.
        if (next == nullptr || next->isObsolete() || next->m_target != m_target)
            return false;
        m_after = next->m_after;
        setText(next->text());
        if constexpr (std::equality_comparable<Value>) {
            if (m_after == m_before)
                setObsolete(true);
        }
        return true;
    }

    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

private:
    Value m_before;
    Value m_after;
    Setter m_setter;
    int m_mergeId;
    QString m_target;
    bool m_firstRedo = true;
};
