#include "SharedSettings.h"

#include <QSettings>

namespace BreachAdvisor::SharedSettings {

namespace {

constexpr char kIdleLockMinutesKey[] = "security/idleLockMinutes";
constexpr int kIdleLockMinutesDefault = 10;
constexpr int kIdleLockMinutesMost = 24 * 60;

} // namespace

int idleLockMinutes(const QSettings &settings)
{
    return qBound(0, settings.value(QLatin1String(kIdleLockMinutesKey), kIdleLockMinutesDefault).toInt(), kIdleLockMinutesMost);
}

void setIdleLockMinutes(QSettings &settings, int minutes)
{
    settings.setValue(QLatin1String(kIdleLockMinutesKey), qBound(0, minutes, kIdleLockMinutesMost));
}

} // namespace BreachAdvisor::SharedSettings
