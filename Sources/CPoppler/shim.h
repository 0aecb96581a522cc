#ifndef MAILGUARD_CPOPPLER_SHIM_H
#define MAILGUARD_CPOPPLER_SHIM_H
#include <poppler.h>

// g_object_unref takes gpointer; a typed wrapper keeps call sites free of casts.
static inline void mg_poppler_unref(void *object) { g_object_unref(object); }

#endif
