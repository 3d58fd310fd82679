"""One chart laid out on its own, at a width of its own, for outputs that place it themselves
(the web edition): a scene of one page just as large as the chart, drawn by the same chart
code as the pages, in the theme's fonts, colours and styles."""

from __future__ import annotations

from infographic_app.layout.charts import draw_visual
from infographic_app.layout.context import Context
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Scene, ScenePage
from infographic_app.layout.text import TextSetter
from infographic_app.model.document import Document
from infographic_app.model.theme import Theme

ROOM = 2.0  # the box a chart is given is this many times as tall as it is wide


def layout_chart(document: Document, theme: Theme, visual: dict, element_id: str,
                 width: float, setter: TextSetter | None = None) -> Scene:
    """`visual` (of the element `element_id`, e.g. 'blocks.intro.visual') drawn `width`
    points wide from the top-left corner: a scene of one page, as tall as the chart."""
    setter = setter or TextSetter(FontSet(theme), document.locale)
    ctx = Context(document, theme, setter.fonts, setter, document.values())
    height = draw_visual(ctx, visual, 0.0, 0.0, width, width * ROOM, element_id)
    return Scene((ScenePage(width, height, 0.0, tuple(ctx.items), tuple(ctx.overflows)),),
                 resources_for(theme, setter.fonts))
