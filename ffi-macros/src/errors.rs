//! Collects independent user errors so one expansion reports all of them, each at its own
//! location (as cxx's `Errors` and serde's `Ctxt` do): fixing a 300-line cdef should not
//! take 20 rebuilds.

#[derive(Default)]
pub struct Errors(Vec<syn::Error>);

impl Errors {
    pub fn new() -> Self {
        Errors::default()
    }

    pub fn push(&mut self, error: syn::Error) {
        self.0.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All errors as one (`syn::Error::combine` keeps every span and message).
    pub fn finish(self) -> syn::Result<()> {
        let mut all = self.0.into_iter();
        match all.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(all);
                Err(first)
            }
        }
    }

    /// `value` if nothing was recorded, else every error.
    pub fn finish_with<T>(self, value: T) -> syn::Result<T> {
        self.finish().map(|()| value)
    }
}
