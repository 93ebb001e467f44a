#pragma once

#include <QLayout>
#include <QList>

namespace BreachAdvisor::Ui {

// A row of buttons that wraps onto the next line when the window is too narrow for it
// (large text, a small screen), instead of cutting their words or widening the window.
// Lays out from the reading direction's start, right to left in Arabic.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int spacingBetween() const;
    // Places the items in rect (or only measures, when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace BreachAdvisor::Ui
