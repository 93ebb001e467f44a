#pragma once

#include <QGroupBox>
#include <QList>
#include <QStringList>

class QCheckBox;

namespace BreachAdvisor::Ui {

// "Which services do they use?": a titled box with one check box per service the checklist
// knows, flowing to the width. Each box is named namePrefix + the service id, for tests.
class ServiceCheckBoxes : public QGroupBox
{
    Q_OBJECT

public:
    ServiceCheckBoxes(const QString &title, const QString &namePrefix, QWidget *parent = nullptr);

    // The ids of the services ticked, in the checklist's order.
    QStringList checkedIds() const;
    void uncheckAll();
    QCheckBox *first() const { return m_boxes.value(0); }

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace BreachAdvisor::Ui
