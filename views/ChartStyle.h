#pragma once

class QCustomPlot;

namespace pd::views::chartStyle {

// Gives a chart the colours of the application's palette (background, axis text, grid, legend) now and
// whenever the palette changes, so charts read in the light and in the dark look alike. Series keep
// their own colours: they are mid-tones that read on both.
void followPalette(QCustomPlot *plot);

} // namespace pd::views::chartStyle
