#ifndef MAILGUARD_CLIBPQ_SHIM_H
#define MAILGUARD_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
