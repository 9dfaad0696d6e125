/* libxml2, loaded when a page or a feed is first read or written.
 *
 * Linking libxml2 loads it and what it links (ICU, the C++ runtime, zlib,
 * liblzma) into every run, which costs a plain-text brief about a
 * millisecond of dynamic linking before any work starts (measured by
 * bench/perf/brief_vs_espeak.sh). Its functions are called through a
 * table filled by dlopen/dlsym on first use instead.
 *
 * Include this header after nothing else of libxml2: it includes the
 * headers breve uses and then routes their function names through the
 * table, so the code calling them reads as ordinary libxml2 code. Call
 * breve_xml_load() (cheap after the first time) before the first libxml2
 * call of an entry point. */
#ifndef BREVE_XML_H
#define BREVE_XML_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "core/core.h"

/* Every libxml2 function breve calls. */
#define BREVE_XML_FUNCTIONS(X)                                                 \
  X(htmlCtxtReadMemory)                                                        \
  X(htmlEntityLookup)                                                          \
  X(htmlFreeParserCtxt)                                                        \
  X(htmlNewParserCtxt)                                                         \
  X(xmlBufferContent)                                                          \
  X(xmlBufferCreate)                                                           \
  X(xmlBufferFree)                                                             \
  X(xmlBufferLength)                                                           \
  X(xmlCtxtGetLastError)                                                       \
  X(xmlCtxtReadMemory)                                                         \
  X(xmlDocGetRootElement)                                                      \
  X(xmlFreeDoc)                                                                \
  X(xmlFreeParserCtxt)                                                         \
  X(xmlFreeTextWriter)                                                         \
  X(xmlGetNoNsProp)                                                            \
  X(xmlGetProp)                                                                \
  X(xmlHasProp)                                                                \
  X(xmlNewParserCtxt)                                                          \
  X(xmlNewTextWriterMemory)                                                    \
  X(xmlNodeDump)                                                               \
  X(xmlNodeGetContent)                                                         \
  X(xmlNodeGetLang)                                                            \
  X(xmlSetGenericErrorFunc)                                                    \
  X(xmlSetStructuredErrorFunc)                                                 \
  X(xmlTextWriterEndDocument)                                                  \
  X(xmlTextWriterEndElement)                                                   \
  X(xmlTextWriterSetIndent)                                                    \
  X(xmlTextWriterSetIndentString)                                              \
  X(xmlTextWriterStartDocument)                                                \
  X(xmlTextWriterStartElement)                                                 \
  X(xmlTextWriterWriteAttribute)                                               \
  X(xmlTextWriterWriteElement)                                                 \
  X(xmlTextWriterWriteString)

typedef struct breve_xml_api {
#define BREVE_XML_MEMBER(name) __typeof__(&name) name;
  BREVE_XML_FUNCTIONS(BREVE_XML_MEMBER)
#undef BREVE_XML_MEMBER
} breve_xml_api;

/* Filled by breve_xml_load(); read-only afterwards. */
extern breve_xml_api breve_xml_fn;

/* Loads libxml2 once (thread-safe). Fails with BREVE_ERR_IO, naming the
 * library, when it cannot be loaded. */
breve_status breve_xml_load(breve_error *err);

/* libxml2's xmlFree (a variable in libxml2, read at each call). */
void breve_xml_free(void *p);

/* Silences libxml2's error handlers for the time of a parse (the library
 * never prints) and restores them after. */
typedef struct breve_xml_quiet {
  xmlGenericErrorFunc generic;
  void *generic_ctx;
  xmlStructuredErrorFunc structured;
  void *structured_ctx;
} breve_xml_quiet;
void breve_xml_quiet_begin(breve_xml_quiet *q);
void breve_xml_quiet_end(breve_xml_quiet *q);

#ifndef BREVE_XML_LOADER
#undef xmlFree
#define xmlFree breve_xml_free
#define BREVE_XML_ROUTE(name) breve_xml_fn.name
#define htmlCtxtReadMemory BREVE_XML_ROUTE(htmlCtxtReadMemory)
#define htmlEntityLookup BREVE_XML_ROUTE(htmlEntityLookup)
#define htmlFreeParserCtxt BREVE_XML_ROUTE(htmlFreeParserCtxt)
#define htmlNewParserCtxt BREVE_XML_ROUTE(htmlNewParserCtxt)
#define xmlBufferContent BREVE_XML_ROUTE(xmlBufferContent)
#define xmlBufferCreate BREVE_XML_ROUTE(xmlBufferCreate)
#define xmlBufferFree BREVE_XML_ROUTE(xmlBufferFree)
#define xmlBufferLength BREVE_XML_ROUTE(xmlBufferLength)
#define xmlCtxtGetLastError BREVE_XML_ROUTE(xmlCtxtGetLastError)
#define xmlCtxtReadMemory BREVE_XML_ROUTE(xmlCtxtReadMemory)
#define xmlDocGetRootElement BREVE_XML_ROUTE(xmlDocGetRootElement)
#define xmlFreeDoc BREVE_XML_ROUTE(xmlFreeDoc)
#define xmlFreeParserCtxt BREVE_XML_ROUTE(xmlFreeParserCtxt)
#define xmlFreeTextWriter BREVE_XML_ROUTE(xmlFreeTextWriter)
#define xmlGetNoNsProp BREVE_XML_ROUTE(xmlGetNoNsProp)
#define xmlGetProp BREVE_XML_ROUTE(xmlGetProp)
#define xmlHasProp BREVE_XML_ROUTE(xmlHasProp)
#define xmlNewParserCtxt BREVE_XML_ROUTE(xmlNewParserCtxt)
#define xmlNewTextWriterMemory BREVE_XML_ROUTE(xmlNewTextWriterMemory)
#define xmlNodeDump BREVE_XML_ROUTE(xmlNodeDump)
#define xmlNodeGetContent BREVE_XML_ROUTE(xmlNodeGetContent)
#define xmlNodeGetLang BREVE_XML_ROUTE(xmlNodeGetLang)
#define xmlSetGenericErrorFunc BREVE_XML_ROUTE(xmlSetGenericErrorFunc)
#define xmlSetStructuredErrorFunc BREVE_XML_ROUTE(xmlSetStructuredErrorFunc)
#define xmlTextWriterEndDocument BREVE_XML_ROUTE(xmlTextWriterEndDocument)
#define xmlTextWriterEndElement BREVE_XML_ROUTE(xmlTextWriterEndElement)
#define xmlTextWriterSetIndent BREVE_XML_ROUTE(xmlTextWriterSetIndent)
#define xmlTextWriterSetIndentString                                           \
  BREVE_XML_ROUTE(xmlTextWriterSetIndentString)
#define xmlTextWriterStartDocument BREVE_XML_ROUTE(xmlTextWriterStartDocument)
#define xmlTextWriterStartElement BREVE_XML_ROUTE(xmlTextWriterStartElement)
#define xmlTextWriterWriteAttribute                                            \
  BREVE_XML_ROUTE(xmlTextWriterWriteAttribute)
#define xmlTextWriterWriteElement BREVE_XML_ROUTE(xmlTextWriterWriteElement)
#define xmlTextWriterWriteString BREVE_XML_ROUTE(xmlTextWriterWriteString)
#endif

#endif
