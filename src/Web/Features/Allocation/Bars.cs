namespace Verbonden.Web.Features.Allocation;

/// <summary>A titled series for the bar chart partial (_Bars.cshtml).</summary>
public sealed record Bars(string Id, string Title, IReadOnlyList<(string Label, decimal Amount)> Values);
