using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Accounts;

/// <summary>/inloggen: sign in with user name and password; five wrong passwords lock the account for fifteen minutes.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<UserAccount> signIn, VerbondenDbContext db) : PageModel
{
    [BindProperty] public string? Gebruikersnaam { get; set; }
    [BindProperty] public string? Wachtwoord { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public List<(string Field, string Message)> Errors { get; } = [];
    public ErrorSummary Summary => new(Errors);

    public FormField NameField => new("gebruikersnaam", "Gebruikersnaam", "Gebruikersnaam", Gebruikersnaam, Errors.FirstOrDefault(e => e.Field == "gebruikersnaam").Message) { Required = true };
    public FormField PasswordField => new("wachtwoord", "Wachtwoord", "Wachtwoord", null, Errors.FirstOrDefault(e => e.Field == "wachtwoord").Message) { Kind = "password", Required = true };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Gebruikersnaam)) Errors.Add(("gebruikersnaam", "Vul uw gebruikersnaam in."));
        if (string.IsNullOrEmpty(Wachtwoord)) Errors.Add(("wachtwoord", "Vul uw wachtwoord in."));
        if (Errors.Count > 0) return Page();
        db.Actor = new AuditActor($"inlogpoging {Gebruikersnaam!.Trim()}");
        var result = await signIn.PasswordSignInAsync(Gebruikersnaam.Trim(), Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Errors.Add(("gebruikersnaam", result.IsLockedOut
            ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw of vraag de beheerder."
            : "De gebruikersnaam of het wachtwoord klopt niet."));
        return Page();
    }
}
