//! Evaluation of the entity stage on GUM, MEANTIME and re3d (see below).
