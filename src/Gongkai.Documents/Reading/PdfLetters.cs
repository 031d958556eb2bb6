using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Graphics.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Documents.Reading;

/// <summary>A letter as the reader needs it: its text, where its baseline starts and ends on the page, and its size.</summary>
internal readonly record struct PdfLetter(string Value, PdfPoint Start, PdfPoint End, double PointSize);

/// <summary>A page's letters, its upright size and how many pictures it paints.</summary>
internal sealed record PdfPageLetters(int Number, double Width, double Height, List<PdfLetter> Letters, int Pictures);

/// <summary>
/// Pages read through PdfPig's own graphics state (fonts, matrices, forms), but with only the letters' baselines: PdfPig's
/// page model also gives each letter its glyph box, and for a Type 3 font (Chromium prints CJK text so) it finds that box
/// by decoding and parsing the drawing of every glyph again on every page — more than half the time of such a PDF, for
/// a box the reader never looks at. Positions follow PdfPig's letters exactly: the same matrices, advances and point size.
/// </summary>
internal sealed class PdfLetterPages(IPdfTokenScanner scanner, IResourceStore resources, ILookupFilterProvider filters, IPageContentParser parser, ParsingOptions options)
    : BasePageFactory<PdfPageLetters>(scanner, resources, filters, parser, options)
{
    public static IEnumerable<PdfPageLetters> Of(PdfDocument document)
    {
        document.AddPageFactory<PdfPageLetters, PdfLetterPages>();
        return document.GetPages<PdfPageLetters>();
    }

    protected override PdfPageLetters ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox,
        CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var bounds = cropBox.GetVisibleBounds(rotation);
        var processor = new Processor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        processor.Process(pageNumber, operations);
        return new(pageNumber, bounds.Width, bounds.Height, processor.Letters, processor.Pictures);
    }

    /// <summary>
    /// Re-implements <see cref="IOperationContext.ShowText"/> (Tj, ', ") and overrides TJ, the two ways text is shown,
    /// so PdfPig's private glyph loop with its Type 3 parsing never runs; everything else is PdfPig's.
    /// </summary>
    private sealed class Processor(int pageNumber, IResourceStore resources, IPdfTokenScanner scanner, IPageContentParser parser, ILookupFilterProvider filters,
        CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions options)
        : BaseStreamProcessor<int>(pageNumber, resources, scanner, parser, filters, cropBox, userSpaceUnit, rotation, initialMatrix, options), IOperationContext
    {
        public List<PdfLetter> Letters { get; } = [];

        public int Pictures { get; private set; }

        public override int Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
        {
            PageNumber = pageNumberCurrent;
            CloneAllStates();
            ProcessOperations(operations);
            return Letters.Count;
        }

        void IOperationContext.ShowText(IInputBytes bytes) => Show(bytes);

        public override void ShowPositionedText(IReadOnlyList<IToken> tokens)
        {
            TextSequence++;
            var text = GetCurrentState().FontState;
            var vertical = Font().IsVertical;
            foreach (var token in tokens)
            {
                if (token is NumericToken number)
                {
                    var shift = -number.Data / 1000 * text.FontSize;
                    var (tx, ty) = vertical ? (0.0, shift) : (shift * text.HorizontalScaling / 100.0, 0.0);
                    TextMatrices.TextMatrix = TransformationMatrix.GetTranslationMatrix(tx, ty).Multiply(TextMatrices.TextMatrix);
                }
                else Show(new MemoryInputBytes(token is HexToken hex ? [.. hex.Bytes] : ((StringToken)token).GetBytes()));
            }
        }

        private IFont Font()
        {
            var text = GetCurrentState().FontState;
            return (text.FromExtendedGraphicsState ? ActiveExtendedGraphicsStateFont : ResourceStore.GetFont(text.FontName))
                ?? throw new InvalidOperationException($"Font {text.FontName} is not in the page's resources.");
        }

        /// <summary>PdfPig's glyph loop (which calls <see cref="RenderGlyph"/>) for every font but Type 3; for Type 3 the same
        /// loop without the glyph drawings. A Type 3 font is never vertical and its codes are one byte.</summary>
        private void Show(IInputBytes bytes)
        {
            if (Font() is not IType3Font font)
            {
                ShowText(bytes);
                return;
            }
            TextSequence++;
            var state = GetCurrentState();
            var text = state.FontState;
            var scaling = text.HorizontalScaling / 100.0;
            var rendering = TransformationMatrix.FromValues(text.FontSize * scaling, 0, 0, text.FontSize, 0, text.Rise);
            var pointSize = Math.Round(state.CurrentTransformationMatrix.Multiply(TextMatrices.TextMatrix).Transform(new PdfRectangle(0, 0, 1, text.FontSize)).Height, 2);
            while (bytes.MoveNext())
            {
                var code = font.ReadCharacterCode(bytes, out _);
                if (!font.TryGetUnicode(code, out var unicode) || unicode is null) unicode = new string((char)code, 1);
                var width = font.GetBoundingBox(code).Width;
                Add(unicode, rendering, TextMatrices.TextMatrix, state.CurrentTransformationMatrix, width, pointSize);
                var wordSpacing = code == ' ' ? text.WordSpacing : 0;
                TextMatrices.TextMatrix = TextMatrices.TextMatrix.Translate((width * text.FontSize + text.CharacterSpacing + wordSpacing) * scaling, 0);
            }
        }

        public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset,
            in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox) =>
            Add(unicode, renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.Width, pointSize);

        /// <summary>The letter's baseline is its advance from the origin, in glyph space, through the text and page matrices.</summary>
        private void Add(string unicode, in TransformationMatrix rendering, in TransformationMatrix text, in TransformationMatrix page, double width, double pointSize)
        {
            var glyph = rendering.Multiply(text).Multiply(page);
            Letters.Add(new PdfLetter(unicode, glyph.Transform(new PdfPoint(0, 0)), glyph.Transform(new PdfPoint(width, 0)), pointSize));
        }

        protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => Pictures++;

        protected override void RenderInlineImage(InlineImage inlineImage) => Pictures++;

        // Paths, clipping, shading and marked content do not bear on the text.
        public override void BeginSubpath() { }
        public override PdfPoint? CloseSubpath() => null;
        public override void StrokePath(bool close) { }
        public override void FillPath(FillingRule fillingRule, bool close) { }
        public override void FillStrokePath(FillingRule fillingRule, bool close) { }
        public override void MoveTo(double x, double y) { }
        public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
        public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
        public override void LineTo(double x, double y) { }
        public override void Rectangle(double x, double y, double width, double height) { }
        public override void EndPath() { }
        public override void ClosePath() { }
        public override void ModifyClippingIntersect(FillingRule clippingRule) { }
        protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
        public override void PaintShading(NameToken shadingName) { }
        public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
        public override void EndMarkedContent() { }
    }
}
