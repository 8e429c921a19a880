using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Data.Accounts;

namespace Verbonden.Web.Features.Accounts;

/// <summary>/uitloggen: signs out (POST only, with the anti-forgery token of the form in the page header).</summary>
[Authorize]
public sealed class LogoutModel(SignInManager<UserAccount> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
