/* Internal interface of the audio stage. */
#ifndef BREVE_AUDIO_H
#define BREVE_AUDIO_H

#include "core/core.h"

/* Makes room for `frames` more samples; 0 on allocation failure. */
int breve_audio_reserve(breve_audio *a, size_t frames);
/* Appends a timing mark; 0 on allocation failure. */
int breve_audio_mark_add(breve_audio *a, breve_mark m);
/* Appends `src` (same sample rate) to `dst`, marks shifted. */
breve_status breve_audio_append(breve_audio *dst, const breve_audio *src);

#endif
