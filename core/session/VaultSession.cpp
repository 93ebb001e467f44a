#include "VaultSession.h"
