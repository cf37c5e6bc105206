//! stub
use crate::error::Error;
use crate::rules::Found;
use crate::text::View;
pub struct Model;
pub fn shipped() -> Result<&'static Model, Error> {
    static M: Model = Model;
    Ok(&M)
}
pub fn proposals(_m: &Model, _view: &View, _found: &[Found]) -> Vec<Found> {
    Vec::new()
}
