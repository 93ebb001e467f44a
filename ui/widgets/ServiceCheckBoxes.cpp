#include "ServiceCheckBoxes.h"

#include "FlowLayout.h"
#include "VaultSession.h"

#include <QCheckBox>

namespace BreachAdvisor::Ui {

ServiceCheckBoxes::ServiceCheckBoxes(const QString &title, const QString &namePrefix, QWidget *parent)
    : QGroupBox(title, parent)
{
    auto *flow = new FlowLayout(this);
    for (const Service &service : VaultSession::services()) {
        auto *box = new QCheckBox(service.name, this);
        box->setObjectName(namePrefix + service.id);
        box->setProperty("serviceId", service.id);
        flow->addWidget(box);
        m_boxes << box;
    }
}

QStringList ServiceCheckBoxes::checkedIds() const
{
    QStringList ids;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked()) {
            ids << box->property("serviceId").toString();
        }
    }
    return ids;
}

void ServiceCheckBoxes::uncheckAll()
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        box->setChecked(false);
    }
}

} // namespace BreachAdvisor::Ui
