/* libxml2 loaded on first use: see xml.h. */
#define BREVE_XML_LOADER
#include "core/xml.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef BREVE_XML2_SONAME
#define BREVE_XML2_SONAME "libxml2.so.2"
#endif

breve_xml_api breve_xml_fn;

/* libxml2's global settings are reached through functions returning the
 * calling thread's copy when it is built with threads (2.9 and later),
 * else they are plain variables. */
enum { S_FREE, S_GENERIC, S_GENERIC_CTX, S_STRUCTURED, S_STRUCTURED_CTX, S_N };
static const char *const S_global_names[S_N] = {
    "xmlFree", "xmlGenericError", "xmlGenericErrorContext",
    "xmlStructuredError", "xmlStructuredErrorContext"};
static struct {
  void *(*get)(void); /* __xmlFree() and the like */
  void *var;          /* else the variable itself */
} S_global[S_N];

static pthread_once_t S_once = PTHREAD_ONCE_INIT;
static int S_loaded;
static char S_why[200];

static void *S_where(int k) {
  return S_global[k].get ? S_global[k].get() : S_global[k].var;
}

static int S_bind(void *h) {
  void *sym;
#define BREVE_XML_BIND(name)                                                   \
  if (!(sym = dlsym(h, #name))) {                                              \
    snprintf(S_why, sizeof S_why, "libxml2 lacks %s", #name);                  \
    return 0;                                                                  \
  }                                                                            \
  memcpy(&breve_xml_fn.name, &sym, sizeof sym);
  BREVE_XML_FUNCTIONS(BREVE_XML_BIND)
#undef BREVE_XML_BIND
  for (int k = 0; k < S_N; k++) {
    char getter[64];
    snprintf(getter, sizeof getter, "__%s", S_global_names[k]);
    if ((sym = dlsym(h, getter)) != NULL)
      memcpy(&S_global[k].get, &sym, sizeof sym);
    else if (!(S_global[k].var = dlsym(h, S_global_names[k]))) {
      snprintf(S_why, sizeof S_why, "libxml2 lacks %s", S_global_names[k]);
      return 0;
    }
  }
  return 1;
}

static void S_load(void) {
  /* only the library breve was built against: another ABI (libxml2.so.16)
   * would read its structures wrong */
  void *h = dlopen(BREVE_XML2_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    snprintf(S_why, sizeof S_why, "%s", e ? e : "not found");
    return;
  }
  /* never unloaded: its parser state lives as long as the process */
  S_loaded = S_bind(h);
}

breve_status breve_xml_load(breve_error *err) {
  pthread_once(&S_once, S_load);
  if (S_loaded)
    return BREVE_OK;
  return breve_error_set(err, BREVE_ERR_IO,
                         "cannot load libxml2 (" BREVE_XML2_SONAME
                         ") to read pages and feeds: %s",
                         S_why);
}

void breve_xml_free(void *p) {
  xmlFreeFunc f;
  memcpy(&f, S_where(S_FREE), sizeof f);
  f(p);
}

/* Some errors (encoding conversion) reach the generic handler even with
 * the NOERROR parse options; NULL would restore libxml2's default, which
 * prints, so the handlers say nothing instead. */
static void S_silent_generic(void *ctx, const char *msg, ...) {
  (void)ctx, (void)msg;
}

static void S_silent_structured(void *ctx, xmlErrorPtr e) {
  (void)ctx, (void)e;
}

void breve_xml_quiet_begin(breve_xml_quiet *q) {
  memcpy(&q->generic, S_where(S_GENERIC), sizeof q->generic);
  memcpy(&q->generic_ctx, S_where(S_GENERIC_CTX), sizeof q->generic_ctx);
  memcpy(&q->structured, S_where(S_STRUCTURED), sizeof q->structured);
  memcpy(&q->structured_ctx, S_where(S_STRUCTURED_CTX),
         sizeof q->structured_ctx);
  breve_xml_fn.xmlSetGenericErrorFunc(NULL, S_silent_generic);
  breve_xml_fn.xmlSetStructuredErrorFunc(NULL, S_silent_structured);
}

void breve_xml_quiet_end(breve_xml_quiet *q) {
  breve_xml_fn.xmlSetGenericErrorFunc(q->generic_ctx, q->generic);
  breve_xml_fn.xmlSetStructuredErrorFunc(q->structured_ctx, q->structured);
}
