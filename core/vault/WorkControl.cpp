#include "WorkControl.h"

#include "Error.h"

#include <QCoreApplication>

namespace BreachAdvisor {

void WorkControl::throwIfCancelled() const
{
    if (cancelled()) {
        throwCancelled();
    }
}

void WorkControl::throwCancelled()
{
    throw Error(ErrorKind::Cancelled, QCoreApplication::translate("WorkControl", "Stopped before the end. Nothing was changed."));
}

} // namespace BreachAdvisor
