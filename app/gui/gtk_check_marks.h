#pragma once
// Start-up time on GTK: Adwaita draws the marks of checked radio buttons and check boxes from
// SVG files, and the first one loads the SVG renderer (librsvg), about 15 ms on a two-core
// laptop, before the first question can show. The theme ships the same marks as 16-pixel PNGs;
// at scale 1 they look the same and load at once. Built only for wxGTK (desktop_os_gtk.cpp).

namespace c5::gui {

/// Draws checked radio buttons and check boxes from Adwaita's PNG marks when the theme is
/// Adwaita and the screen is at scale 1; anything else (other themes, high-DPI) is left alone.
void PreferPngCheckMarks();

}  // namespace c5::gui
