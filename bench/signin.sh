# Sourced by the bench scripts: a form's antiforgery token, and an office account's sign-in with its second factor.
# Needs $work (a temporary folder) and $bench (the bench DLL, for the demo's TOTP code).

# The antiforgery token of the form in an HTML file.
token() { grep -oP 'name="__RequestVerificationToken" type="hidden" value="\K[^"]+' "$1" | head -1; }

# sign_in BASE JAR EMAIL PASSWORD: signs in with password, then the authenticator code; prints the second step's
# HTTP status (302 when signed in).
sign_in() {
  curl -s -c "$2" -b "$2" "$1/Account/Login" > "$work/login.html"
  curl -s -c "$2" -b "$2" -o /dev/null --data-urlencode "Email=$3" --data-urlencode "Password=$4" \
    --data-urlencode "__RequestVerificationToken=$(token "$work/login.html")" "$1/Account/Login"
  curl -s -c "$2" -b "$2" "$1/Account/TwoFactor" > "$work/2fa.html"
  curl -s -c "$2" -b "$2" -o /dev/null -w "%{http_code}" --data-urlencode "Code=$(dotnet "$bench" totp)" \
    --data-urlencode "__RequestVerificationToken=$(token "$work/2fa.html")" "$1/Account/TwoFactor"
}
