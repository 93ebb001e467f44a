#pragma once

#include <QLabel>

namespace BreachAdvisor::Ui {

// A heading: the application font, larger and bold; it follows the app's text size
// (a font set once would not). With bold false, it is larger text for reading.
class HeadingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit HeadingLabel(const QString &text = QString(), int extraPoints = 4, QWidget *parent = nullptr, bool bold = true);

protected:
    bool event(QEvent *event) override; // ApplicationFontChange: see MainWindow::applyTextScale

private:
    void updateFont();
    int m_extraPoints;
    bool m_bold;
};

} // namespace BreachAdvisor::Ui
