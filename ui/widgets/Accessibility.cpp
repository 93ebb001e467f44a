#include "Accessibility.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QItemSelectionModel>
#include <QLabel>

namespace BreachAdvisor::Ui::Accessibility {

namespace {

constexpr const char *kStatusArea = "breachAdvisorStatusArea";

class StatusArea : public QAccessibleWidget
{
public:
    explicit StatusArea(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StatusBar)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty()) {
            return static_cast<const QLabel *>(widget())->text(); // QLabel::setText tells readers of the change
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *statusAreaFactory(const QString &, QObject *object)
{
    auto *label = qobject_cast<QLabel *>(object);
    return label && label->property(kStatusArea).toBool() ? new StatusArea(label) : nullptr;
}

} // namespace

void markStatusArea(QLabel *label, const QString &description)
{
    static const bool installed = [] {
        QAccessible::installFactory(statusAreaFactory);
        return true;
    }();
    Q_UNUSED(installed)
    label->setProperty(kStatusArea, true);
    label->setAccessibleDescription(description);
}

void currentFollowsSelection(QAbstractItemView *view)
{
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view, [view](const QItemSelection &selected) {
        const QModelIndexList indexes = selected.indexes();
        if (!indexes.isEmpty() && indexes.first().siblingAtColumn(0) != view->currentIndex().siblingAtColumn(0)) {
            view->setCurrentIndex(indexes.first());
        }
    });
}

} // namespace BreachAdvisor::Ui::Accessibility
