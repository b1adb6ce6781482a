//! The view the agent last chose, per profile, so that tix starts where they left off (unless
//! config.toml names a `default_view`).

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct LastView {
    path: PathBuf,
}

impl LastView {
    pub fn new(data_dir: &Path, profile: &str) -> LastView {
        LastView {
            path: data_dir
                .join("views")
                .join(format!("{}.txt", super::file_name(profile))),
        }
    }

    pub fn save(&self, name: &str) -> io::Result<()> {
        super::private::write_atomic(&self.path, name.as_bytes())
    }

    /// The name kept, if any (a view's name is one line; anything odd is ignored).
    pub fn load(&self) -> Option<String> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let name = text.lines().next()?.trim();
        (!name.is_empty() && name.len() <= 512).then(|| name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_view_is_kept_per_profile() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            LastView::new(dir.path(), "work"),
            LastView::new(dir.path(), "rt"),
        );
        assert_eq!(a.load(), None);
        a.save("Unowned open tickets").unwrap();
        assert_eq!(a.load().as_deref(), Some("Unowned open tickets"));
        assert_eq!(b.load(), None);
    }
}
