#ifndef MAILGUARD_CVECTORSCAN_SHIM_H
#define MAILGUARD_CVECTORSCAN_SHIM_H
#include <hs/hs.h>
#endif
