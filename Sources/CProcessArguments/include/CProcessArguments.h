#ifndef EGOVARCH_CPROCESSARGUMENTS_H
#define EGOVARCH_CPROCESSARGUMENTS_H

/// The process's argument count as the C library handed it to the program, before `main`;
/// 0 when it was not handed over.
int egovarch_argument_count(void);

/// The process's argument vector as the C library handed it over (NULL-terminated), or NULL.
char *const *egovarch_argument_vector(void);

#endif
